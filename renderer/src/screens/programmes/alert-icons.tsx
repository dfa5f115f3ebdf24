import {
  CheckCircleFilled,
  CloseCircleFilled,
  ExclamationCircleFilled,
  InfoCircleFilled,
} from '@ant-design/icons';

/**
 * The icons of antd's Alerts, hidden from screen readers: antd names them in English
 * ("exclamation-circle"), which an alert would read out before its message. The type is in the words.
 */
export const alertIcon = {
  success: <CheckCircleFilled aria-hidden />,
  info: <InfoCircleFilled aria-hidden />,
  warning: <ExclamationCircleFilled aria-hidden />,
  error: <CloseCircleFilled aria-hidden />,
};
