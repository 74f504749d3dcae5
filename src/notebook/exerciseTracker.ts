/**
 * What the notebook controller needs from exercise progress: how many tries the learner
 * has made (for progressive hints) and where to record a verdict. Implemented by the
 * exercises feature; the controller works without one.
 */
export interface ExerciseTracker {
  attempts(exerciseId: string): number;
  record(exerciseId: string, passed: boolean): void;
}
