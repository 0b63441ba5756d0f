package allocation

import (
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// Key is a distribution key (fordelingsnøkkel): recipient ids with exact non-negative
// weights. Build it directly with [NewKey] or from criteria with [KeyFromCriteria]; turn it
// into recipients with [Key.Recipients]. A Key is immutable; its zero value has no entries.
type Key struct {
	entries []Entry // in id order
	basis   lnet.Basis
}

// Entry is one recipient of a key and its weight.
type Entry struct {
	// ID identifies the recipient.
	ID string `json:"id"`
	// Weight is the recipient's weight, ≥ 0.
	Weight Weight `json:"weight"`
}

// NewKey returns a key of the given entries. Ids must be non-empty and unique; errors are
// [*RecipientError] wrapping [ErrInvalidRecipient].
func NewKey(entries ...Entry) (Key, error) {
	e := slices.Clone(entries)
	slices.SortStableFunc(e, func(a, b Entry) int { return strings.Compare(a.ID, b.ID) })
	for k, x := range e {
		if x.ID == "" || len(x.ID) > MaxIDLen {
			return Key{}, &RecipientError{Index: slices.IndexFunc(entries, func(y Entry) bool { return y.ID == x.ID }), ID: x.ID, Field: "id", Reason: "empty or too long id", Err: ErrInvalidRecipient}
		}
		if k > 0 && e[k-1].ID == x.ID {
			return Key{}, &RecipientError{Index: lastIndex(entries, x.ID), ID: x.ID, Field: "id", Value: x.ID, Reason: "duplicate id", Err: ErrInvalidRecipient}
		}
	}
	return Key{entries: e}, nil
}

func lastIndex(entries []Entry, id string) int {
	for i := len(entries) - 1; i >= 0; i-- {
		if entries[i].ID == id {
			return i
		}
	}
	return -1
}

// Basis returns what the key rests on (datagrunnlag): for a key from the geography register
// ([OfficeKey], [MunicipalityKey]) the KLASS version and the population year used, and
// whether they were carried forward past the data; zero for a key built from the caller's
// own numbers unless set with [Key.WithBasis]. Pass it to the allocation with [WithBasis].
func (k Key) Basis() lnet.Basis { return k.basis }

// WithBasis returns a copy of the key that records b as what it rests on.
func (k Key) WithBasis(b lnet.Basis) Key {
	k.basis = b
	return k
}

// Len returns the number of entries.
func (k Key) Len() int { return len(k.entries) }

// Entries returns a copy of the entries in id order.
func (k Key) Entries() []Entry { return slices.Clone(k.entries) }

// IDs returns the recipient ids in id order.
func (k Key) IDs() []string {
	ids := make([]string, len(k.entries))
	for i, e := range k.entries {
		ids[i] = e.ID
	}
	return ids
}

// Weight returns the weight of id and whether the key has it.
func (k Key) Weight(id string) (Weight, bool) {
	i, ok := slices.BinarySearchFunc(k.entries, id, func(e Entry, id string) int { return strings.Compare(e.ID, id) })
	if !ok {
		return Weight{}, false
	}
	return k.entries[i].Weight, true
}

// Share returns the exact share of id in the key, weight/Σ weights (0 if all are zero), and
// whether the key has it.
func (k Key) Share(id string) (*big.Rat, bool) {
	w, ok := k.Weight(id)
	if !ok {
		return nil, false
	}
	total := new(big.Rat)
	for _, e := range k.entries {
		total.Add(total, e.Weight.Rat())
	}
	if total.Sign() == 0 {
		return total, true
	}
	return total.Quo(w.Rat(), total), true
}

// Recipients returns one recipient per entry, without floors or caps, for [Allocate].
func (k Key) Recipients() []Recipient {
	rs := make([]Recipient, len(k.entries))
	for i, e := range k.entries {
		rs[i] = Recipient{ID: e.ID, Weight: e.Weight}
	}
	return rs
}

// MarshalJSON writes the key as a JSON array of {"id", "weight"} in id order.
func (k Key) MarshalJSON() ([]byte, error) {
	if k.entries == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(k.entries)
}

// Criterion is one criterion of a key built from criteria (kriterium): a share s_c of the
// key and a value v_ic ≥ 0 per recipient, so that weight_i = Σ_c s_c · v_ic / Σ_j v_jc. An
// equal criterion ([EqualCriterion]) gives every recipient the value 1.
type Criterion struct {
	// Name names the criterion in errors and reports, e.g. "children_0_17" or "equal".
	Name string `json:"name"`
	// Share is the criterion's share of the key; the shares of a key sum to exactly 1.
	Share Weight `json:"share"`
	// Values holds v_ic per recipient id. Every recipient of the key must have a value and
	// no other id may appear. Ignored when Equal is set.
	Values map[string]Weight `json:"values,omitempty"`
	// Equal gives every recipient the value 1 (likedeling).
	Equal bool `json:"equal,omitempty"`
}

// EqualCriterion returns an equal criterion (lik fordeling) with the given share: a fixed
// base divided equally among the recipients.
func EqualCriterion(share Weight) Criterion {
	return Criterion{Name: "equal", Share: share, Equal: true}
}

// KeyFromCriteria builds a key for the recipients ids from criteria whose shares sum to
// exactly 1: weight_i = Σ_c s_c · v_ic / Σ_j v_jc, computed exactly. Errors wrap
// [ErrInvalidKey] as [*FieldError] with paths such as "criteria[1].values.0301".
func KeyFromCriteria(ids []string, criteria ...Criterion) (Key, error) {
	if len(ids) == 0 {
		return Key{}, &FieldError{Path: "ids", Reason: "no recipients", Err: ErrInvalidKey}
	}
	if len(criteria) == 0 {
		return Key{}, &FieldError{Path: "criteria", Reason: "no criteria", Err: ErrInvalidKey}
	}
	seen := make(map[string]bool, len(ids))
	for i, id := range ids {
		if id == "" || len(id) > MaxIDLen {
			return Key{}, &RecipientError{Index: i, ID: id, Field: "id", Reason: "empty or too long id", Err: ErrInvalidRecipient}
		}
		if seen[id] {
			return Key{}, &RecipientError{Index: i, ID: id, Field: "id", Value: id, Reason: "duplicate id", Err: ErrInvalidRecipient}
		}
		seen[id] = true
	}
	sumShares := new(big.Rat)
	for _, c := range criteria {
		sumShares.Add(sumShares, c.Share.Rat())
	}
	if sumShares.Cmp(big.NewRat(1, 1)) != 0 {
		return Key{}, &FieldError{Path: "criteria", Value: ratString(sumShares), Reason: "shares must sum to exactly 1, not", Err: ErrInvalidKey}
	}
	weights := make([]*big.Rat, len(ids))
	for i := range weights {
		weights[i] = new(big.Rat)
	}
	for ci, c := range criteria {
		path := fmt.Sprintf("criteria[%d]", ci)
		if c.Share.IsZero() {
			continue
		}
		share := c.Share.Rat()
		if c.Equal {
			if len(c.Values) > 0 {
				return Key{}, &FieldError{Path: path + ".values", Reason: "an equal criterion takes no values", Err: ErrInvalidKey}
			}
			each := new(big.Rat).Quo(share, new(big.Rat).SetInt64(int64(len(ids))))
			for i := range weights {
				weights[i].Add(weights[i], each)
			}
			continue
		}
		for _, id := range sortedKeys(c.Values) {
			if !seen[id] {
				return Key{}, &FieldError{Path: path + ".values." + id, Value: c.Values[id].String(), Reason: fmt.Sprintf("criterion %q has a value for an unknown recipient", c.Name), Err: ErrInvalidKey}
			}
		}
		total := new(big.Rat)
		for _, id := range ids {
			v, ok := c.Values[id]
			if !ok {
				return Key{}, &FieldError{Path: path + ".values." + id, Reason: fmt.Sprintf("criterion %q has no value for the recipient", c.Name), Err: ErrInvalidKey}
			}
			total.Add(total, v.Rat())
		}
		if total.Sign() == 0 {
			return Key{}, &FieldError{Path: path + ".values", Reason: fmt.Sprintf("criterion %q has a positive share but all its values are zero", c.Name), Err: ErrInvalidKey}
		}
		factor := total.Quo(share, total)
		for i, id := range ids {
			v := c.Values[id].Rat()
			weights[i].Add(weights[i], v.Mul(v, factor))
		}
	}
	entries := make([]Entry, len(ids))
	for i, id := range ids {
		entries[i] = Entry{ID: id, Weight: weightFromRat(weights[i])}
	}
	return NewKey(entries...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// UnmarshalJSON reads a key written by [Key.MarshalJSON], an array of {"id", "weight"},
// strictly, with the checks of [NewKey]. The basis is not part of the JSON form; set it with
// [Key.WithBasis].
func (k *Key) UnmarshalJSON(b []byte) error {
	var raws []json.RawMessage
	if err := decodeStrict(decodeConfig{}, "", b, &raws); err != nil {
		return err
	}
	if raws == nil {
		return requestError("", string(b), "want an array", nil)
	}
	entries := make([]Entry, 0, len(raws))
	for i, raw := range raws {
		p := fmt.Sprintf("[%d]", i)
		var w struct {
			ID     *string         `json:"id"`
			Weight json.RawMessage `json:"weight"`
		}
		if err := decodeStrict(decodeConfig{}, p, raw, &w); err != nil {
			return err
		}
		if w.ID == nil {
			return requestError(p+".id", "", "missing id", ErrInvalidRecipient)
		}
		if isNull(w.Weight) {
			return requestError(p+".weight", "", "missing weight", ErrInvalidWeight)
		}
		wt, err := parseWeightJSON(p+".weight", w.Weight)
		if err != nil {
			return err
		}
		entries = append(entries, Entry{ID: *w.ID, Weight: wt})
	}
	v, err := NewKey(entries...)
	if err != nil {
		return err
	}
	*k = v
	return nil
}
