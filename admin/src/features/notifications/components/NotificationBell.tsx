import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnreadCount } from '../api/get-notifications';

/** The header's way to the inbox, with the number of notices not yet read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unread = useUnreadCount().data ?? 0;
  return (
    <Badge count={unread} size="small" overflowCount={99} data-testid="unread-badge">
      <Button
        type="text"
        icon={<BellOutlined />}
        aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.title')}
        onClick={() => navigate('/notifications')}
      />
    </Badge>
  );
}
