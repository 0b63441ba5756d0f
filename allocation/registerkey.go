package allocation

import (
	"fmt"
	"time"

	"github.com/laeringsnettverk/sdk/lnet"
	"github.com/rickb777/date/v2"
)

// Ready-made keys from the embedded geography register (Kilde: Statistisk sentralbyrå (SSB)).
// They are illustrations of population-based keys: the directorate's real distribution key is
// not published, so pass your own criteria to [KeyFromCriteria] when you know it.

// OfficeChildren returns the ids of the governor offices (embeter) on 1 January of year and
// a criterion "children_0_17" with the given share whose values are the children aged 0–17
// in each office's region that day. A nil register means [lnet.DefaultRegister]. Errors are
// the register's, e.g. a [*lnet.LookupError] wrapping [lnet.ErrOutOfRange] for a year it
// does not hold.
func OfficeChildren(reg *lnet.Register, year int, share Weight) ([]string, Criterion, error) {
	if reg == nil {
		reg = lnet.DefaultRegister()
	}
	pops, err := reg.OfficesPopulation(year)
	if err != nil {
		return nil, Criterion{}, fmt.Errorf("allocation: children 0–17 per office: %w", err)
	}
	offices, err := reg.Offices(date.New(year, time.January, 1))
	if err != nil {
		return nil, Criterion{}, fmt.Errorf("allocation: offices: %w", err)
	}
	ids := make([]string, len(offices))
	c := Criterion{Name: "children_0_17", Share: share, Values: make(map[string]Weight, len(offices))}
	for i, o := range offices {
		ids[i] = string(o.ID)
		c.Values[ids[i]] = IntWeight(uint64(max(pops[o.ID].Children, 0)))
	}
	return ids, c, nil
}

// OfficeKey returns a key over the governor offices of year: the share equal is divided
// equally (a fixed base per office) and the rest by children aged 0–17 on 1 January of year.
// equal = 0 gives a key by children alone; MustWeight("0.2") gives 20 % equal, 80 % children.
// It fails with [ErrInvalidKey] if equal exceeds 1. The key is an illustration, not the
// directorate's (unpublished) key. Its [Key.Basis] says which population year and KLASS
// version it rests on (pass it on with [WithBasis]); a year past the register's data is an
// error unless the register carries its data forward ([lnet.Register.AssumeUnchangedThrough]),
// and then the basis says so.
func OfficeKey(reg *lnet.Register, year int, equal Weight) (Key, error) {
	rest, err := remainderShare(equal)
	if err != nil {
		return Key{}, err
	}
	if reg == nil {
		reg = lnet.DefaultRegister()
	}
	ids, children, err := OfficeChildren(reg, year, rest)
	if err != nil {
		return Key{}, err
	}
	return registerKey(reg, year, ids, EqualCriterion(equal), children)
}

// registerKey builds a key from criteria and records the register's basis for year.
func registerKey(reg *lnet.Register, year int, ids []string, criteria ...Criterion) (Key, error) {
	basis, err := reg.Basis(year)
	if err != nil {
		return Key{}, fmt.Errorf("allocation: %w", err)
	}
	k, err := KeyFromCriteria(ids, criteria...)
	if err != nil {
		return Key{}, err
	}
	return k.WithBasis(basis), nil
}

// MunicipalityKey returns a key over the municipalities (kommuner) in the region of office on
// 1 January of year: the share equal divided equally and the rest by children aged 0–17. Use
// it to split an office's pot among its municipalities. Ids are four-digit municipality codes.
func MunicipalityKey(reg *lnet.Register, office lnet.OfficeID, year int, equal Weight) (Key, error) {
	if reg == nil {
		reg = lnet.DefaultRegister()
	}
	rest, err := remainderShare(equal)
	if err != nil {
		return Key{}, err
	}
	d := date.New(year, time.January, 1)
	o, err := reg.OfficeOn(office, d)
	if err != nil {
		return Key{}, fmt.Errorf("allocation: office %q: %w", office, err)
	}
	ms, err := reg.Municipalities(d)
	if err != nil {
		return Key{}, fmt.Errorf("allocation: municipalities: %w", err)
	}
	var ids []string
	children := Criterion{Name: "children_0_17", Share: rest, Values: map[string]Weight{}}
	for _, m := range ms {
		if !o.Covers(m.County) {
			continue
		}
		n, err := reg.Children(m.Code, year)
		if err != nil {
			return Key{}, fmt.Errorf("allocation: children 0–17 in %s: %w", m.Code, err)
		}
		ids = append(ids, m.Code.String())
		children.Values[m.Code.String()] = IntWeight(uint64(max(n, 0)))
	}
	return registerKey(reg, year, ids, EqualCriterion(equal), children)
}

// remainderShare returns 1 − equal, or an error if equal > 1.
func remainderShare(equal Weight) (Weight, error) {
	one := IntWeight(1)
	if equal.Cmp(one) > 0 {
		return Weight{}, &FieldError{Path: "equal", Value: equal.String(), Reason: "equal share above 1", Err: ErrInvalidKey}
	}
	r := one.Rat()
	return weightFromRat(r.Sub(r, equal.Rat())), nil
}
