package allocation

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/rickb777/date/v2"

	"github.com/laeringsnettverk/sdk/lnet"
)

// This file holds the conversions between the domain models of package lnet and the
// allocation's own types: an [lnet.Application] into an [Application] (allocation input),
// and a [Result] into grants ([lnet.Grant], tilskudd). They live here, in the package that
// owns the allocation's types, because lnet is the bottom layer and cannot import
// allocation.

// ErrInvalidGrant reports a grant that cannot be made from a share: terms that are not
// well formed (office, scheme, year, decision date), a spend-by date before the decision,
// or a missing result. [GrantError] carries the share.
var ErrInvalidGrant = errors.New("invalid grant")

// ApplicationFrom returns the allocation's view of an application for stimulus money
// (søknad): its id, the amount requested (omsøkt beløp) as the cap, and the office's
// weight (vekt). The weight is the caller's choice, e.g. [WeightFromNOK] of the amount
// requested, times a priority with [Weight.Mul]. To refuse the application before the
// allocation, set [Application.Refused] to the reason on the value returned. It copies;
// it does not validate app (use [lnet.Application.Validate] at the boundary).
func ApplicationFrom(app lnet.Application, weight Weight) Application {
	return Application{ID: string(app.ID), Requested: app.Requested, Weight: weight}
}

// GrantTerms are what an office's decision (vedtak) adds to the amounts of a result to
// make grants (tilskudd): who granted, under which scheme, for which year, when, and by
// when the money must be used.
type GrantTerms struct {
	// Office is the governor office (embete) that grants the money. Required.
	Office lnet.OfficeID
	// Scheme is the funding scheme (ordning) of the pot. Required.
	Scheme lnet.Scheme
	// Year is the grant year (tilskuddsår). Required.
	Year int
	// Decided is the day of the decision (vedtaksdato). Required.
	Decided date.Date
	// SpendBy is the last day of the money-use period (frist for bruk av midlene), which
	// runs from Decided. Zero means [lnet.SpendByFor] of Year: 31 December of the year after.
	SpendBy date.Date
	// IDPrefix is put before the application id to make the grant id; empty means
	// "tilskudd-", so application "nordland-2019-a" gets grant "tilskudd-nordland-2019-a".
	IDPrefix string
}

// GrantError reports a grant that could not be made from one share of a result (andel):
// the share's id and the reason. It wraps [ErrInvalidGrant] and, when the grant failed
// [lnet.Grant.Validate], that error too, so errors.Is finds [lnet.ErrInvalidModel].
type GrantError struct {
	// Share is the id of the share (the application id); empty when the terms or the
	// result are at fault.
	Share string
	// Err is the reason.
	Err error
}

// Error returns the message, naming the share.
func (e *GrantError) Error() string {
	reason := "invalid grant"
	if e.Err != nil {
		reason = e.Err.Error()
	}
	if e.Share == "" {
		return "allocation: grants: " + reason
	}
	return "allocation: grant for share " + strconv.Quote(e.Share) + ": " + reason
}

// Unwrap returns [ErrInvalidGrant] and the reason.
func (e *GrantError) Unwrap() []error { return []error{ErrInvalidGrant, e.Err} }

// Grants turns the shares of res with an amount above zero into grants ([lnet.Grant],
// tilskudd), in the result's share order (application id order): grant id IDPrefix + share
// id, application id = share id, amount = the share's amount, exactly, and the office,
// scheme, year, decision date and spend-by date of terms. Shares of kr 0 and refused
// applications get no grant. Every grant is validated; the first invalid one is an error
// (*[GrantError]) and no grant is returned. A nil result is an error, not a panic.
//
// The conversion lives in package allocation, which owns [Result]: lnet, the bottom layer,
// cannot import allocation.
func Grants(res *Result, terms GrantTerms) ([]lnet.Grant, error) {
	if res == nil {
		return nil, &GrantError{Err: errors.New("no result")}
	}
	if terms.Decided == 0 {
		return nil, &GrantError{Err: errors.New("no decision date (GrantTerms.Decided)")}
	}
	spendBy := terms.SpendBy
	if spendBy == 0 {
		spendBy = lnet.SpendByFor(terms.Year)
	}
	prefix := terms.IDPrefix
	if prefix == "" {
		prefix = "tilskudd-"
	}
	var out []lnet.Grant
	for _, sh := range res.Shares() {
		amount, err := sh.Amount()
		if err != nil {
			return nil, &GrantError{Share: sh.ID, Err: err}
		}
		if amount.Sign() <= 0 {
			continue
		}
		g := lnet.Grant{
			ID:          lnet.GrantID(prefix + sh.ID),
			Application: lnet.ApplicationID(sh.ID),
			Office:      terms.Office,
			Scheme:      terms.Scheme,
			Year:        terms.Year,
			Amount:      amount,
			Decided:     terms.Decided,
			SpendBy:     spendBy,
		}
		if err := g.Validate(); err != nil {
			return nil, &GrantError{Share: sh.ID, Err: fmt.Errorf("grant %q: %w", g.ID, err)}
		}
		out = append(out, g)
	}
	return out, nil
}
