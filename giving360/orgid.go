package giving360

import (
	"regexp"
	"strings"

	"github.com/laeringsnettverk/sdk/lnet"
)

// BrregPrefix is the org-id.guide list code of the Brønnøysund Register Centre's
// Central Coordinating Register for Legal Entities (Enhetsregisteret): organisation ids of
// Norwegian legal entities, municipalities included, are "NO-BRC-<organisasjonsnummer>".
const BrregPrefix = "NO-BRC"

// BrregOrgID returns the 360Giving organisation id "NO-BRC-<organisasjonsnummer>" of a
// Norwegian legal entity, after checking the organisation number: nine digits, optionally
// grouped by spaces ("958 935 420"), whose last digit is the modulus 11 check digit of the
// first eight (weights 3, 2, 7, 6, 5, 4, 3, 2). It checks the form only: whether the number is
// registered, and to whom, is for the Brønnøysund registers to say. Errors are
// *[lnet.ParseError] wrapping [ErrInvalidOrgID].
func BrregOrgID(orgnr string) (string, error) {
	if !orgnrPattern.MatchString(orgnr) {
		return "", orgnrError(orgnr, `must be nine digits, written "958935420" or "958 935 420"`)
	}
	digits := strings.ReplaceAll(orgnr, " ", "")
	weights := [8]int{3, 2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i, w := range weights {
		sum += w * int(digits[i]-'0')
	}
	check := (11 - sum%11) % 11
	if check == 10 || int(digits[8]-'0') != check {
		return "", orgnrError(orgnr, "has a wrong check digit")
	}
	return BrregPrefix + "-" + digits, nil
}

var orgnrPattern = regexp.MustCompile(`^([0-9]{9}|[0-9]{3} [0-9]{3} [0-9]{3})$`)

func orgnrError(input, reason string) error {
	return &lnet.ParseError{Type: "organisation number", Input: clip(input), Reason: reason, Err: ErrInvalidOrgID}
}

// orgIDPattern is the form of an org-id.guide identifier, "<list code>-<id>" where the list
// code is a country or "X" prefix and a register ("NO-BRC", "GB-CHC", "XI-GRID"), and of a
// publisher's own id under its 360Giving prefix ("360G-<publisher>-<id>").
var orgIDPattern = regexp.MustCompile(`^([A-Z]{2}-[A-Za-z0-9]+|360G-[A-Za-z0-9_.]+)-[^\s]+$`)

// prefixPattern is the form of a 360Giving publisher prefix.
var prefixPattern = regexp.MustCompile(`^360G-[A-Za-z0-9_.]+(-[A-Za-z0-9_.]+)*$`)
