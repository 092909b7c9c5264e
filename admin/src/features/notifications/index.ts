// What other parts of the app may use of the notifications feature.
export { NotificationBell } from './components/NotificationBell';
