import { CalendarOutlined, CheckSquareOutlined, ProjectOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/messages.ts';
import { ScreenTitle } from '../shell/ScreenTitle.tsx';
import { navigate, type RouteName } from '../state/router.ts';

function JobCard(props: { route: RouteName; icon: ReactNode; title: string; hint: string; open: string }) {
  return (
    <Card
      title={
        <span>
          {/* Decorative: the title says it. */}
          <span aria-hidden="true">{props.icon}</span> {props.title}
        </span>
      }
      actions={[
        <Button key="open" type="link" onClick={() => navigate(props.route)}>
          {props.open}
        </Button>,
      ]}
    >
      {props.hint}
    </Card>
  );
}

export function HomeScreen() {
  const m = useMessages();
  return (
    <section aria-labelledby="home-title">
      <ScreenTitle id="home-title">{m.home.title}</ScreenTitle>
      <Typography.Paragraph className="lead">{m.home.intro}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <JobCard
            route="programmes"
            icon={<ProjectOutlined />}
            title={m.nav.programmes}
            hint={m.home.programmesHint}
            open={m.home.open}
          />
        </Col>
        <Col xs={24} lg={8}>
          <JobCard
            route="tasks"
            icon={<CheckSquareOutlined />}
            title={m.nav.tasks}
            hint={m.home.tasksHint}
            open={m.home.open}
          />
        </Col>
        <Col xs={24} lg={8}>
          <JobCard
            route="meetings"
            icon={<CalendarOutlined />}
            title={m.nav.meetings}
            hint={m.home.meetingsHint}
            open={m.home.open}
          />
        </Col>
      </Row>
    </section>
  );
}
