/**
 * How a person and a role are matched (docs/project-matching.md). Kept in one place so that the
 * documentation, the SQL and the explanations agree.
 *
 * Per required skill (weight 1 for must-have, 0.5 for nice-to-have):
 *   fit = 1                          when the level meets the minimum
 *       = 0.5 × level / minimum      when held below the minimum (someone who could grow into it)
 *       = 0                          when not held
 *   plus up to 0.2 for endorsements (1 − e^(−W/3), W the endorsement weight, as in search)
 *   plus 0.1 for evidence from completed projects.
 * coverage = Σ weight × fit / Σ weight (0 to 1.3)
 *
 * score = 100 × (0.60 × coverage + 0.20 × hours + 0.10 × interest + 0.10 × (1 − load))
 *   hours    = min(1, free hours / hours the project needs); 0.5 when the person hides their hours
 *   interest = share of the role's skills the person marked as interest or wanting to grow
 *   load     = min(1, active projects / 3)
 */
export const MATCHING = {
  mustHaveWeight: 1,
  niceToHaveWeight: 0.5,
  belowMinimumShare: 0.5,
  endorsementBonus: 0.2,
  evidenceBonus: 0.1,
  coverageWeight: 0.6,
  hoursWeight: 0.2,
  interestWeight: 0.1,
  loadWeight: 0.1,
  unknownHours: 0.5,
  fullLoadProjects: 3,
  /** Candidates are pre-ranked by coverage in SQL; only this many are then scored in full. */
  shortlist: 200,
} as const;
