/**
 * Indexes for what the window asks first and most: when each person last had a one-on-one and how many this
 * quarter, a person's timeline, my open action items that are due, each person's open items and the latest
 * done ones (the Team screen, Today, the daily reminder, a person's page, Action items, Insights' rhythm).
 * Each of these read every reflection or action item of the person or the journal to check its kind, status
 * or whether it is in the trash (a reflection's `deleted_at` lies after its body): with 50,000 reflections,
 * 30 ms of the first screen, 120-180 ms of Insights and a whole screen of Action items, main blocked
 * meanwhile. Partial indexes hold only the live rows those reads count, so they read a few index pages.
 */
export const cadenceIndexesSchema = /* sql */ `
CREATE INDEX reflections_live_by_member ON reflections (member_id, kind, date, id) WHERE deleted_at IS NULL;
CREATE INDEX action_items_mine_due ON action_items (due_date, member_id)
  WHERE owner = 'me' AND status = 'open' AND deleted_at IS NULL;
CREATE INDEX action_items_member_open ON action_items (member_id, status) WHERE deleted_at IS NULL;
CREATE INDEX action_items_done ON action_items (closed_at, id) WHERE status = 'done' AND deleted_at IS NULL;
`
