package errlang_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/examples/internal/errlang"
	"github.com/laeringsnettverk/sdk/lnet"
)

func TestLang(t *testing.T) {
	tests := []struct {
		args []string
		want lnet.Language
	}{
		{nil, lnet.Bokmal},
		{[]string{"-lang", "nn"}, lnet.Nynorsk},
		{[]string{"--lang=en"}, lnet.English},
		{[]string{"-format", "text", "-lang=nn"}, lnet.Nynorsk},
		{[]string{"-lang", "nn", "-lang", "en"}, lnet.English},
		{[]string{"-lang", "de"}, lnet.Bokmal},
		{[]string{"-lang"}, lnet.Bokmal},
		{[]string{"--", "-lang", "nn"}, lnet.Bokmal},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, errlang.Lang(tt.args), "%q", tt.args)
	}
}

func TestText(t *testing.T) {
	_, err := lnet.ParseNOK("12,3,4")
	assert.Equal(t, `lnet: kan ikkje lese beløp "12,3,4": fleire enn eitt desimalkomma`, errlang.Text(err, []string{"-lang", "nn"}))
	assert.Equal(t, err.Error(), errlang.Text(err, []string{"-lang=en"}))
}
