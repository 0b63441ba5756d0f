package schema

import (
	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// The wire forms of the types whose JSON is written or read by code of their own
// (MarshalJSON, or DecodeRequest's unexported wire structs). They are only reflected on,
// never marshalled: the validation tests check them against what the SDK really writes and
// reads, so a change on either side fails a test.

// inputAmount is an amount in a request: a decimal string with at most two decimals, no
// sign and no group separators ("950000", "2.5", "0.50").
type inputAmount struct{}

// inputWeight is a weight in a request: a non-negative decimal string ("0.0912"), an exact
// fraction ("3/7") or a whole JSON number; read exactly, never through binary floating point.
type inputWeight struct{}

// roundedDecimal is a non-negative decimal rounded half up to allocation.QuotaPlaces
// decimals, for display beside the exact value.
type roundedDecimal struct{}

// requestWire is allocation.Request as DecodeRequest reads it.
type requestWire struct {
	// Pots holds one pot per scheme, allocated with the same key; the response then has
	// "results" per scheme. Exactly one of pots and pot.
	Pots map[lnet.Scheme]inputAmount `json:"pots,omitempty"`
	// Pot is a single pot; the response then has one "result".
	Pot *inputAmount `json:"pot,omitempty"`
	// Unit is the unit every amount is a multiple of; greater than zero; default "1".
	Unit *inputAmount `json:"unit,omitempty"`
	// Method is the rounding method; default "largest_remainder".
	Method *allocation.Method `json:"method,omitempty"`
	// Recipients are the recipients with weights, floors and caps. With a key their weights
	// come from the key and they carry none.
	Recipients []allocation.Recipient `json:"recipients,omitempty"`
	// Key builds the weights from criteria instead of weights per recipient.
	Key *allocation.KeySpec `json:"key,omitempty"`
	// Applications are the applications of an office's pot, capped at the amount requested;
	// only with pot, and without recipients and key.
	Applications []allocation.Application `json:"applications,omitempty"`
}

// recipientWire is a recipient in a request.
type recipientWire struct {
	// ID is the recipient's id, unique in the request.
	ID string `json:"id"`
	// Weight is the recipient's weight in the key; required without a key, forbidden with
	// one.
	Weight *inputWeight `json:"weight,omitempty"`
	// Floor is the least amount the recipient gets (minstebeløp); default 0.
	Floor *inputAmount `json:"floor,omitempty"`
	// Cap is the most the recipient gets (maksimalbeløp); no cap if absent.
	Cap *inputAmount `json:"cap,omitempty"`
}

// applicationWire is an application in a request.
type applicationWire struct {
	// ID is the application's id, unique in the request.
	ID string `json:"id"`
	// Requested is the amount applied for (omsøkt beløp): the application's cap.
	Requested inputAmount `json:"requested"`
	// Weight is the office's weight for the application, e.g. the amount requested times a
	// priority; required unless the application is refused.
	Weight *inputWeight `json:"weight,omitempty"`
	// Refused is the reason the application is refused before the allocation (avslått), if
	// it is; a refused application gets nothing and is listed in the result.
	Refused string `json:"refused,omitempty"`
}

// keySpecWire is a key from criteria in a request.
type keySpecWire struct {
	// IDs are the recipients of the key when the request has no recipients; else the ids
	// come from the recipients, or from the values of the criteria.
	IDs []string `json:"ids,omitempty"`
	// Criteria are the criteria of the key; their shares sum to exactly 1.
	Criteria []allocation.Criterion `json:"criteria"`
}

// criterionWire is a criterion of a key in a request.
type criterionWire struct {
	// Name names the criterion in errors and reports, e.g. "children_0_17" or "equal".
	Name string `json:"name,omitempty"`
	// Share is the criterion's share of the key.
	Share inputWeight `json:"share"`
	// Values holds the criterion's value per recipient id; not with equal.
	Values map[string]inputWeight `json:"values,omitempty"`
	// Equal gives every recipient the value 1 (likedeling).
	Equal bool `json:"equal,omitempty"`
}

// resultWire is allocation.Result as its MarshalJSON writes it. The fields the conformance
// vectors leave out of their expected responses are optional in the published schema.
type resultWire struct {
	Pot         lnet.NOK          `json:"pot"`
	Unit        lnet.NOK          `json:"unit"`
	Method      allocation.Method `json:"method"`
	Allocated   lnet.NOK          `json:"allocated"`
	Residue     lnet.NOK          `json:"residue"`
	Unallocated lnet.NOK          `json:"unallocated"`
	Remaining   uint64            `json:"remaining" schema:"optional"`
	// Shares holds one share per recipient, in id order (byte order).
	Shares []allocation.Share `json:"shares" schema:"notnull"`
	// Refused lists the applications refused before the allocation, with the caller's
	// reason; present only when the result was made from applications.
	Refused []allocation.Refusal `json:"refused,omitempty"`
	// Basis is what the key rests on (datagrunnlag): the KLASS version and the population year
	// of a key from the geography register, and whether they were carried forward past the
	// data; present only when the caller gave it.
	Basis lnet.Basis `json:"basis,omitzero"`
}

// shareWire is allocation.Share as its MarshalJSON writes it.
type shareWire struct {
	ID     string            `json:"id"`
	Weight allocation.Weight `json:"weight" schema:"optional"`
	// KeyShare is the weight divided by the sum of weights (andel av nøkkelen), rounded for
	// display; key_share_exact is exact.
	KeyShare roundedDecimal `json:"key_share" schema:"optional"`
	// KeyShareExact is the exact share of the key.
	KeyShareExact allocation.Fraction `json:"key_share_exact" schema:"optional"`
	// Quota is the exact quota in kroner (kvote) rounded for display; quota_exact is exact.
	Quota roundedDecimal `json:"quota" schema:"optional"`
	// QuotaExact is the exact quota in kroner (kvote), q_i·unit, after floors and caps:
	// compare it as a rational.
	QuotaExact allocation.Fraction `json:"quota_exact"`
	Floor      lnet.NOK            `json:"floor" schema:"optional"`
	// Cap is the recipient's cap (maksimalbeløp); null if none.
	Cap *lnet.NOK `json:"cap" schema:"optional"`
	// Amount is the amount allocated (tildelt beløp), a multiple of the unit.
	Amount        lnet.NOK `json:"amount"`
	Floored       bool     `json:"floored"`
	Capped        bool     `json:"capped"`
	RemainderUnit bool     `json:"remainder_unit"`
	RemainderRank int      `json:"remainder_rank" schema:"optional"`
}

// findingWire is eligibility.Finding as its MarshalJSON writes it.
type findingWire struct {
	// Rule is the rule's stable id, e.g. "APP-PART-COST".
	Rule string `json:"rule"`
	// Subject is what the rule checked.
	Subject eligibility.Subject `json:"subject"`
	// Target names the checked subject where a report covers several of its kind, e.g. the
	// title of a project in a network report. Empty otherwise.
	Target string `json:"target,omitempty"`
	// Severity is how binding the rule is.
	Severity eligibility.Severity `json:"severity"`
	// Status is the outcome.
	Status eligibility.Status `json:"status"`
	// Citation is where the rule comes from, e.g. "Retningslinjer 2019, pkt. 4".
	Citation string `json:"citation"`
	// Title states the rule, e.g. "The network has chosen a leader.", in both languages.
	Title eligibility.Message `json:"title"`
	// Evidence is the facts behind the outcome, in order.
	Evidence []eligibility.Evidence `json:"evidence,omitempty"`
}

// reportWire is eligibility.Report as its MarshalJSON writes it.
type reportWire struct {
	Edition eligibility.Edition `json:"edition"`
	// LatestKnown is true when the edition is the latest in the sources, used for a grant
	// year past its own range because no newer text is known (siste kjente utgave).
	LatestKnown bool `json:"latest_known_edition,omitempty"`
	// GrantYear is the grant year evaluated (tilskuddsår), when known.
	GrantYear int `json:"grant_year,omitempty"`
	// Date is the day of the evaluation (vurderingsdato), when known.
	Date    date.Date           `json:"date,omitzero"`
	Subject eligibility.Subject `json:"subject"`
	Name    string              `json:"name"`
	Scheme  lnet.Scheme         `json:"scheme,omitzero"`
	// Data is the geography data the evaluation rests on (datagrunnlag), when given.
	Data lnet.Basis `json:"data,omitzero"`
	// Eligible reports that no requirement failed (oppfyller kravene); written for scripts
	// that read the JSON alone, recomputed from the findings on input.
	Eligible bool                  `json:"eligible"`
	Findings []eligibility.Finding `json:"findings" schema:"notnull"`
}
