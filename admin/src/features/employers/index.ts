// What other parts of the app may use of the employers feature.
export { useEmployer } from './api/get-employer';
export { EmployerSelect } from './components/EmployerSelect';
export { UnionOfficePicker } from './components/UnionOfficePicker';
export { useNetworkOffices, type NetworkOffice } from './api/get-network-offices';
