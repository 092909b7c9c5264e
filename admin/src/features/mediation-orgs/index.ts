// What other parts of the app may use of the mediation-orgs feature.
export { MediationOrgSelect } from './components/MediationOrgSelect';
