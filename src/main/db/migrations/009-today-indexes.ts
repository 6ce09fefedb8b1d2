/**
 * Indexes for what the Team screen and the daily reminder ask first: my open action items that are due, and
 * each person's open items. Both used to read every action item of the journal (about 30 ms of the window's
 * first screen with 50,000 reflections, the main thread blocked meanwhile); partial indexes hold only the
 * live open items, so the due list, its count and each person's count read a few index pages.
 */
export const todayIndexesSchema = /* sql */ `
CREATE INDEX action_items_mine_due ON action_items (due_date, member_id)
  WHERE owner = 'me' AND status = 'open' AND deleted_at IS NULL;
CREATE INDEX action_items_member_open ON action_items (member_id, status) WHERE deleted_at IS NULL;
`
