/**
 * The sample team is marked in the journal itself: a backup, a restore or a fresh start carries the mark
 * with the rows (it was kept in settings.json, which went wrong on restore). Everything that belongs to a
 * sample member goes with them when the sample team is removed.
 *
 * Journals that already hold the sample team get their sample members marked: the three names and the team
 * Leap gave them, together. A real person filed in "Sample team" under one of those names is not a guess
 * this migration has to make: those names end in "(sample)".
 */
export const sampleTeamSchema = /* sql */ `
ALTER TABLE members ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
UPDATE members SET sample = 1
  WHERE team = 'Sample team'
    AND name IN ('Ana Lima (sample)', 'Ben Okafor (sample)', 'Chloé Martin (sample)');
`
