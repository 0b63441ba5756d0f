package eligibility

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/laeringsnettverk/sdk/lnet"
)

// hostileReport is a report whose data carries formulas, control characters and
// bidirectional overrides, as a custom rule or a network document might.
func hostileReport() Report {
	return Report{
		Edition: Edition2018,
		Subject: SubjectNetwork,
		Name:    "=1+2",
		Findings: []Finding{NewFinding(
			RuleInfo{ID: "X|`1`", Subject: SubjectNetwork, Severity: Requirement, Citation: "@SUM(1)",
				Title: Msg("-2+3", "-2+3", "-2+3")},
			"\u202Egnp.exe", Failed,
			Evidence{Path: "members[0]", Value: "\t=x\r\n<b>", Note: Msg("a\u2066b\u2069", "a\u2066b\u2069", "a\u2066b\u2069")},
		)},
	}
}

func TestMarkdownNeutralisesData(t *testing.T) {
	md := hostileReport().Markdown(lnet.English)
	for _, want := range []string{
		"=1+2",               // the name in the heading, after "…: "
		"| `` X\\|`1` `` |",  // the rule as a code span, pipe escaped
		"| \\-2+3 |",         // the title
		"| \\@SUM(1) |",      // the citation
		"«{U+202E}gnp.exe»",  // the target in the group heading
		"a{U+2066}b{U+2069}", // the evidence's note
		" =x &lt;b&gt;]",     // the evidence's value: tab and line break as spaces, no HTML
	} {
		assert.Contains(t, md, want)
	}
	for _, bad := range []string{"\u202e", "\u2066", "\u2069", "\t", "\r", "<b>"} {
		assert.NotContains(t, md, bad)
	}
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "|") && !strings.HasPrefix(line, "|---") {
			for _, c := range strings.Split(strings.ReplaceAll(strings.ReplaceAll(line, `\\`, ""), `\|`, ""), "|")[1:] {
				c = strings.TrimSpace(c)
				if c != "" {
					assert.NotContains(t, "=+-@", c[:1], "cell %q of %q", c, line)
				}
			}
		}
	}
}

func TestTextShowsControlCharacters(t *testing.T) {
	text := hostileReport().Text(lnet.English)
	assert.Contains(t, text, "{U+202E}gnp.exe")
	assert.Contains(t, text, "a{U+2066}b{U+2069}")
	assert.Contains(t, text, "[members[0]:  =x <b>]")
	for _, bad := range []string{"\u202e", "\u2066", "\t", "\r"} {
		assert.NotContains(t, text, bad)
	}
	assert.Equal(t, 1, strings.Count(text, "=x"), "the value stays on its line")
}
