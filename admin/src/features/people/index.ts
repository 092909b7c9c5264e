// What other parts of the app may use of the people feature.
export { SupervisorSelect } from './components/SupervisorSelect';
