// The agent's figures, watched live: a call saved in the panel, a promise marked kept on the options
// page or by the background's daily check shows here without a refresh (useLiveQuery re-reads the
// calls, promises and audit tables it touched). The day rolls over at the agent's midnight.
import { useLiveQuery } from 'dexie-react-hooks';
import { computeMyDay, type MyDayReport } from '@/lib/analytics/my-day';
import { db, type DaihouDB } from '@/lib/db';
import { todayISO } from '@/lib/time';
import { useNow } from '../panel/hooks/useNow';

export type MyDayState = { status: 'loading' } | { status: 'ready'; report: MyDayReport } | { status: 'error'; message: string };

/** `windowDays` 1: today only (the panel's fold); 30 for the page's tables. */
export function useMyDay(windowDays: number, database: DaihouDB = db): MyDayState {
  const day = todayISO(useNow(60_000));
  const state = useLiveQuery(
    () =>
      computeMyDay({ windowDays }, database).then(
        (report): MyDayState => ({ status: 'ready', report }),
        (e: unknown): MyDayState => ({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      ),
    [database, windowDays, day],
  );
  return state ?? { status: 'loading' };
}
