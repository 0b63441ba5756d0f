package allocation

import "github.com/laeringsnettverk/sdk/lnet"

// Recipient is one party of an allocation (mottaker): a governor office, a municipality or an
// application, with its weight in the key and optional bounds.
type Recipient struct {
	// ID identifies the recipient: non-empty, unique within an allocation, at most
	// [MaxIDLen] bytes of UTF-8. Ties are broken by ids in byte order.
	ID string `json:"id"`
	// Weight is the recipient's weight (vekt) in the distribution key, ≥ 0.
	Weight Weight `json:"weight"`
	// Floor is the least amount (minstebeløp) the recipient gets; zero means no floor.
	Floor lnet.NOK `json:"floor"`
	// Cap is the most the recipient gets (maksimalbeløp), e.g. the amount applied for; nil
	// means no cap.
	Cap *lnet.NOK `json:"cap,omitempty"`
}
