package eligibility

import (
	"fmt"

	"github.com/laeringsnettverk/sdk/lnet"
)

// CapPerApplication returns an office rule (lokalt vilkår) that requires the amount
// requested to be at most limit, a local cap per application that some offices set in
// their calls. id names the rule (e.g. "VESTLAND-CAP") and citation the office's call. The
// rule is a requirement for both schemes in every edition; add it with [WithRules].
func CapPerApplication(id string, limit lnet.NOK, citation string) Rule {
	info := RuleInfo{
		ID:       id,
		Subject:  SubjectApplication,
		Severity: Requirement,
		Citation: citation,
		Title: Msg(fmt.Sprintf("Det søkes om høyst %s per søknad.", limit.Norwegian()),
			fmt.Sprintf("Det blir søkt om høgst %s per søknad.", limit.Norwegian()),
			fmt.Sprintf("At most %s is requested per application.", nokEN(limit))),
	}
	return NewRule(info, func(c Case) Outcome {
		req := c.Application.Requested
		e := ev("requested", req.String(),
			fmt.Sprintf("Søkt %s; taket er %s.", req.Norwegian(), limit.Norwegian()),
			fmt.Sprintf("Søkt %s; taket er %s.", req.Norwegian(), limit.Norwegian()),
			fmt.Sprintf("Requested %s; the cap is %s.", nokEN(req), nokEN(limit)))
		if req.Cmp(limit) > 0 {
			return Fail(e)
		}
		return Pass(e)
	})
}
