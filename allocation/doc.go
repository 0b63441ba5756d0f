// Package allocation distributes a pot of stimulus money (stimuleringsmidler) by a
// distribution key (fordelingsnøkkel): from the directorate to the county governor offices
// (embeter), and from an office to the networks' applications. It implements exactly the
// allocation semantics written out in the repository's [docs/allocation.md]: the key, the
// pot in whole units, floors and caps, exact quotas, largest remainder and the divisor
// methods, tie-breaking, residue and unallocated money, and the guarantees.
//
// # Keys
//
// A [Key] gives each recipient an exact non-negative [Weight]. Build it directly with
// [NewKey], or from criteria with [KeyFromCriteria]: each [Criterion] has a share (the shares
// sum to exactly 1) and a value per recipient, weight_i = Σ_c s_c · v_ic / Σ_j v_jc; an
// [EqualCriterion] gives everybody the value 1, so "20 % equal, 80 % by children 0–17" is two
// criteria. Weights are rationals, so a criterion-built weight is exact.
//
// # Allocation
//
// [Allocate] runs bounded largest remainder in whole units (kr 0,01, kr 1, kr 1 000,
// kr 50 000 …) with floors and caps; [AllocateSchemes] does it for both funding schemes
// (ordninger) with one key, as the guideline prescribes; [AllocateApplications] is the second
// level, an office's pot over applications capped at the amount requested, with refused
// applications listed with the caller's reason. Every [Share] of a [Result] explains itself:
// weight, share of the key, exact quota (a [Fraction]), amount, whether a floor or cap bound
// it, and the rank of its remainder. A result keeps its shares column by column and builds
// each [Share] when asked ([Result.Len], [Result.At], [Result.Shares], [Result.Share]), so a
// million shares cost a few dozen bytes each. Results render as Markdown tables with bokmål,
// nynorsk or English headings, as CSV and as JSON. [DecodeRequest] reads the JSON request
// format of the command examples/allocate and of the conformance vectors in
// testdata/conformance.
//
// # Requests
//
// A JSON request ([Request], read by [DecodeRequest], published as
// schema/allocation-request.json) has one of four shapes. Amounts are strings of kroner with
// at most two decimals; weights are strings holding a whole number, a decimal or an exact
// fraction ("3/7"); "unit" (default "1") and "method" ("largest_remainder", the default,
// "sainte_lague" or "dhondt") may be given with any of them. Field names are exact and
// unknown fields are errors.
//
// One pot over recipients with weights, and optional floor and cap ([Allocate]); the response
// has one "result":
//
//	{"pot": "1000000", "unit": "1000",
//	 "recipients": [
//	   {"id": "vestland", "weight": "2", "floor": "100000"},
//	   {"id": "nordland", "weight": "1", "cap": "300000"},
//	   {"id": "innlandet", "weight": "3/2"}]}
//
// One pot per scheme with the same recipients ([AllocateSchemes]); the response has "results"
// keyed by scheme:
//
//	{"pots": {"self_initiated": "950000", "foster_home": "2100000"},
//	 "recipients": [{"id": "vestland", "weight": "0.0912"}, {"id": "nordland", "weight": "0.0441"}]}
//
// A key from criteria instead of weights ([KeyFromCriteria]), with "pot" or "pots": each
// criterion has a share, the shares sum to 1, and values per recipient or "equal": true. The
// recipients are "ids", else those of "recipients" (which may then give floors and caps, but
// no weights), else the recipients the criteria's values name:
//
//	{"pot": "10000000", "method": "sainte_lague",
//	 "key": {"ids": ["vestland", "nordland"],
//	   "criteria": [
//	     {"name": "equal", "share": "0.2", "equal": true},
//	     {"name": "children", "share": "0.8", "values": {"vestland": "131000", "nordland": "48000"}}]}}
//
// An office's pot over applications ([AllocateApplications]), with one "pot": the cap of each
// application is the amount requested, the weight is the office's, and a refused application
// gives its reason instead of a weight, gets nothing and is listed under "refused":
//
//	{"pot": "1200000",
//	 "applications": [
//	   {"id": "bergen-2019", "requested": "600000", "weight": "600000"},
//	   {"id": "voss-2019", "requested": "450000", "weight": "900000"},
//	   {"id": "kvam-2019", "requested": "300000", "refused": "APP-DEADLINE: received after the deadline"}]}
//
// Guarantees, each one tested against an independent big.Rat reference on 10 000 random
// cases per run: Σ amounts + residue + unallocated = pot exactly; floor ≤ amount ≤ cap; under
// largest remainder |amount − quota| < unit; the result does not depend on the order of the
// recipients; identical inputs give identical outputs.
//
// # Exactness and speed
//
// No decision goes through float64 or a rounding division. The weights of one allocation are
// scaled to integers over their least common denominator; a quota N·w_i/W is then an integer
// division with remainder, and fractional parts compare exactly as integers because they
// share the denominator W. When everything fits, the arithmetic is 64-bit with 128-bit
// products (math/bits); otherwise it falls back to math/big and gives the same result.
// Floors and caps are handled by water-filling over the sorted breakpoints F_i/w_i and
// C_i/w_i, O(n log n). An allocation over 356 recipients costs a few times a bare int64
// largest-remainder loop (bench_test.go holds that baseline); a million recipients take
// under two seconds, with memory linear in n.
//
// # Limits
//
// Hostile or broken input is refused with a clear error wrapping [ErrTooLarge] (or
// [ErrInvalidWeight], [ErrInvalidRecipient]) instead of running long or using much memory.
// Every limit is one constant, listed with where it is checked in one place, the constant
// block of [MaxRecipients]: recipients, id and weight lengths, the weights' common
// denominator ([MaxDenominatorBits]), request bytes, values and depth, and CSV records.
//
// # The Alabama paradox and divisor methods
//
// Largest remainder is not monotone in the pot: with weights 6, 6 and 2 a pot of 10 units
// gives 4, 4, 2, but a pot of 11 gives 5, 5, 1 — the third recipient loses a unit when
// there is more money (the Alabama paradox, after the 1880 apportionment of the US House).
// The divisor methods [SainteLague] (Webster) and [DHondt] (Jefferson), chosen with
// [WithMethod], avoid it: an amount never falls when the pot grows. They honour the same
// floors and caps and run in O(n log n): the divisor is estimated from the exact quotas and
// corrected with a heap, never one unit at a time. Their amounts may, rarely, differ from the
// quota by more than a unit.
//
// [docs/allocation.md]: https://github.com/laeringsnettverk/sdk/blob/main/docs/allocation.md
package allocation
