package allocation

// Limits (grenser). Every input within them is accepted and costs time and memory
// proportional to its size; every input beyond them is refused with an error wrapping
// [ErrTooLarge] (or [ErrInvalidWeight] for weight text) that names the field. Each limit is
// checked in one place, named beside it, and tested just under and just over.
//
//   - [MaxRecipients] recipients per allocation, checked by [Allocate] (prepare).
//   - [MaxIDLen] bytes per recipient id, checked by [Allocate] (prepare).
//   - [MaxWeightLen] bytes and [MaxWeightExponent] decimal exponent per weight text, checked
//     by [ParseWeight]; a weight parsed from text thus has a numerator and a denominator of
//     at most about 3.33·(MaxWeightLen+MaxWeightExponent) bits.
//   - [MaxDenominatorBits] bits for the least common denominator D of the weights of one
//     allocation, checked by [Allocate] (prepared.scale) before any product is formed.
//     Weights are scaled to integers over D, so without this bound 300 weights like
//     "1/<250-digit odd number>" would make a D of 250 000 digits, and every quota string
//     of the result would be as long: cost quadratic in the input.
//   - [MaxRequestBytes], [MaxRequestRecipients], [MaxRequestValues] and [MaxRequestDepth]
//     for requests, checked by [DecodeRequest] (and the bytes and recipients by
//     [ReadRecipientsCSV]).
//   - [MaxCSVRecordBytes] bytes per CSV record, checked by [ReadRecipientsCSV], counted in
//     bytes, not lines, so a quoted field with line breaks cannot slip past it.
//
// Rendered fractions. The exact quota and key share ([Fraction.String], JSON "quota_exact"
// and "key_share_exact") are always exact and are never cut: they are bounded because D
// is. With weights parsed from text, the denominator of a quota divides 100·Σw_i·D/… and
// its text has at most about 2·(0.302·(MaxDenominatorBits+bits(max numerator)) +
// log10(recipients)) + 40 characters — some 1 900 characters for the most hostile weights
// within the limits, a dozen for ordinary ones — so a result costs O(recipients) to render.
// The decimal forms ("quota", "key_share") have [QuotaPlaces] decimals.
const (
	// MaxRecipients is the largest number of recipients one allocation accepts.
	MaxRecipients = 50_000_000
	// MaxWeightLen is the longest weight text [ParseWeight] accepts, in bytes. The String
	// of a weight parsed from at most 200 bytes is never longer, so it parses back.
	MaxWeightLen = 256
	// MaxWeightExponent is the largest |exponent| [ParseWeight] accepts in "1.5e3".
	MaxWeightExponent = 40
	// MaxDenominatorBits is the largest bit length of the least common denominator of the
	// weights of one allocation (fellesnevner), 2048 bits or about 616 decimal digits:
	// room for decimals with 256 places together with a few fractions of 250-digit
	// denominators, or a key of many criteria, and still every quota renders in at most a
	// couple of thousand characters. [Allocate] refuses a larger one with a
	// [*RecipientError] for the field "weight" wrapping [ErrTooLarge].
	MaxDenominatorBits = 2048

	// MaxIDLen is the longest recipient id accepted, in bytes, checked by [Allocate].
	MaxIDLen = 200

	// MaxRequestBytes is the largest JSON or CSV request read, in bytes.
	MaxRequestBytes = 128 << 20
	// MaxRequestRecipients is the largest number of recipients (or applications) in a
	// decoded request, and of elements in any one array or object of a JSON request.
	MaxRequestRecipients = 1_000_000
	// MaxRequestValues is the largest number of JSON values (objects, arrays, strings,
	// numbers, literals; keys not counted) in a JSON request: room for MaxRequestRecipients
	// recipients with id, weight, floor and cap and a key of two criteria.
	MaxRequestValues = 8 * MaxRequestRecipients
	// MaxRequestDepth is the deepest nesting of arrays and objects in a JSON request; a
	// request needs 5 levels.
	MaxRequestDepth = 32
	// MaxCSVRecordBytes is the longest CSV record (rad) [ReadRecipientsCSV] reads, in bytes,
	// counting its line end and every line break inside quoted fields: a record is cut off
	// at this size however it is split over lines.
	MaxCSVRecordBytes = 16 << 10
)
