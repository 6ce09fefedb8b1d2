/**
 * Insights average the stance and mood of every reflection in a range of days, and count the leader's
 * responses at every check-in in it. Through the date index alone each of those rows is fetched from its
 * table, whose rows carry long texts: on a journal of 50,000 reflections a year of them took 50-350 ms, and
 * check-ins had no index by date at all. Indexes holding the columns the panels read answer from the index
 * alone. About 60 bytes a reflection and 70 a check-in.
 */
export const insightsSchema = /* sql */ `
CREATE INDEX reflections_ratings ON reflections (date, member_id, stance, mood, kind, deleted_at);
CREATE INDEX checkins_responses ON checkins (date, delegation_id, leader_response, deleted_at);
`
