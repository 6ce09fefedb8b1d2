/**
 * Insights average the stance and mood of every reflection in a range of days. Through the date index alone
 * each of those rows is fetched from the reflections table, whose rows carry long bodies: on a journal of
 * 50,000 reflections a year of them took 50-350 ms. An index holding the columns the panels read answers
 * from the index alone. About 60 bytes a reflection.
 */
export const insightsSchema = /* sql */ `
CREATE INDEX reflections_ratings ON reflections (date, member_id, stance, mood, kind, deleted_at);
`
