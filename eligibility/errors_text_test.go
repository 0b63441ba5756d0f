package eligibility_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestErrorText(t *testing.T) {
	_, err := eligibility.EditionFor(2017)
	require.ErrorIs(t, err, eligibility.ErrUnknownEdition)
	var e *eligibility.Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, "eligibility: unknown edition: no guidelines are known for grant year 2017 (the first edition is for 2018)", err.Error())
	assert.Equal(t, "eligibility: ukjent utgave: ingen retningslinjer er kjent for tilskuddsåret 2017 (den første utgaven gjelder 2018)", lnet.ErrorText(err, lnet.Bokmal))
	assert.Equal(t, "eligibility: ukjend utgåve: ingen retningslinjer er kjende for tilskotsåret 2017 (den første utgåva gjeld 2018)", lnet.ErrorText(err, lnet.Nynorsk))
	assert.Equal(t, err.Error(), lnet.ErrorText(err, lnet.English))

	var sev eligibility.Severity
	err = sev.UnmarshalText([]byte("must"))
	require.ErrorIs(t, err, eligibility.ErrInvalidValue)
	assert.Contains(t, err.Error(), `eligibility: invalid value: severity "must": `)
	assert.Contains(t, lnet.ErrorText(err, lnet.Nynorsk), `eligibility: ugyldig verdi: alvorsgrad "must": ventar ein av`)
}

func TestRuleErrorText(t *testing.T) {
	err := error(&eligibility.RuleError{Rule: "X-RULE", Panic: "runtime error: integer divide by zero"})
	assert.Equal(t, err.Error(), lnet.ErrorText(err, lnet.English))
	assert.Contains(t, lnet.ErrorText(err, lnet.Bokmal), `regel "X-RULE": kontrollen stoppet med en programfeil (panic): runtime error`)
	assert.Contains(t, lnet.ErrorText(err, lnet.Nynorsk), `regel "X-RULE": kontrollen stoppa med ein programfeil (panic)`)
	assert.NotContains(t, lnet.ErrorText(err, lnet.Bokmal), "invalid rule")
}
