import { transitionRefusal, type ReportState } from "./transition-refusal";
import { TRANSITION_IDS, TRANSITIONS, ruleOf, type TransitionId } from "./transitions";

type Rules = typeof TRANSITIONS;

/** The ids of the steps that are buttons for `N` (as a type: a page maps each to its form, exhaustively). */
export type ButtonId<N extends "fill" | "review"> = {
  [K in TransitionId]: Rules[K]["need"] extends N ? (Rules[K]["to"] extends "same" ? never : K) : never;
}[TransitionId];

/** One button of the clerk's or the reviewer's pages, as the transition table defines it. */
export interface StepButton<N extends "fill" | "review" = "fill" | "review"> {
  id: ButtonId<N>;
  label: string;
  /** Label of the reason the form asks for, when the step needs one. */
  reason?: string;
  /** The step makes the report public: the page asks for confirmation and shows what will be published. */
  publishes: boolean;
}

/** A step the state allows in principle but not now, with the reason shown in its place. */
export interface BlockedStep {
  id: TransitionId;
  label: string;
  message: string;
}

/** Steps that are buttons: those that move the report (edits and marks keep the state). */
function isButton(id: TransitionId): boolean {
  return ruleOf(id).to !== "same";
}

/**
 * The buttons a person with `need` sees on a report in `state`: every step of
 * the table they may take now, in the table's order. In a county that
 * publishes on approval, approving is labelled and confirmed as publishing.
 */
export function stepButtons<N extends "fill" | "review">(
  need: N,
  state: ReportState,
  county: { approvalPublishes: boolean } = { approvalPublishes: false },
): StepButton<N>[] {
  return TRANSITION_IDS.filter(
    (id) => isButton(id) && ruleOf(id).need === need && !transitionRefusal(id, state),
  ).map((id) => {
    const rule = ruleOf(id);
    const publishesNow = id === "approve" && county.approvalPublishes;
    return {
      id: id as ButtonId<N>,
      label: publishesNow ? `${rule.label}并${TRANSITIONS.publish.label}` : rule.label,
      ...(rule.reason ? { reason: rule.reason } : {}),
      publishes: id === "publish" || publishesNow,
    };
  });
}

/** Steps of `need` whose state matches but which a further rule refuses now (撤回 after review began). */
export function blockedSteps(need: "fill" | "review", state: ReportState): BlockedStep[] {
  return TRANSITION_IDS.filter(
    (id) => isButton(id) && ruleOf(id).need === need && ruleOf(id).from.includes(state.status),
  ).flatMap((id) => {
    const refusal = transitionRefusal(id, state);
    return refusal ? [{ id, label: ruleOf(id).label, message: refusal.message }] : [];
  });
}
