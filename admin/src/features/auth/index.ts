// What other parts of the app may use of the auth feature.
export { useCan, useMe } from './api/get-me';
export { useLogout } from './api/logout';
export { RequireAuth } from './components/RequireAuth';
