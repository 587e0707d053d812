import { holding as holdingList } from '../../app/holding.js';
import { listOpportunities } from '../../app/lists.js';
import { today as todayList } from '../../app/today.js';
import { renderHolding, renderToday } from '../render.js';
import { renderNothingComing } from '../render-today-empty.js';
import type { Run } from '../run-command.js';
import { withApp } from '../run-command.js';

export function today(run: Run): Promise<number> {
  return withApp(run, async (ctx) => {
    const view = await todayList(ctx);
    if (run.options.json) {
      run.io.stdout(JSON.stringify(view, null, 2));
      return 0;
    }
    let text = renderToday(run.io, view);
    if (view.items.length === 0 && view.upcoming.length === 0 && view.interviews.length === 0) {
      const all = await listOpportunities(ctx);
      if (all.ok) text += `\n\n${renderNothingComing(run.io, all.value.items)}`;
    }
    run.io.stdout(text);
    return 0;
  });
}

export function holding(run: Run): Promise<number> {
  return withApp(run, async (ctx) => {
    const view = await holdingList(ctx);
    run.io.stdout(
      run.options.json ? JSON.stringify(view, null, 2) : renderHolding(run.io, view.items),
    );
    return 0;
  });
}
