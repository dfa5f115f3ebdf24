import { useEffect, useState } from 'react';
import type { IsoDate } from '../../../shared/text/calendar-date.ts';
import { todayInHoChiMinh } from '../../../shared/text/ho-chi-minh-time.ts';

/** The current time, refreshed every minute: screens that show "quá hạn" stay right past midnight. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Today's date on Vietnam's calendar (Asia/Ho_Chi_Minh). */
export function useToday(): IsoDate {
  return todayInHoChiMinh(useNow());
}
