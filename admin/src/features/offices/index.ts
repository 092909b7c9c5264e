// What other parts of the app may use of the offices feature.
export { OfficeTreeSelect } from './components/OfficeTreeSelect';
export { useOfficeTree } from './api/get-office-tree';
