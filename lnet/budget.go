package lnet

import (
	"database/sql/driver"

	"github.com/laeringsnettverk/sdk/internal/enum"
)

// BudgetLine is one line of an application's budget (budsjettpost): what a cost is for, what
// it costs in all, and how much of it the network asks the office to cover.
type BudgetLine struct {
	// Category is what the cost is for. Required.
	Category BudgetCategory `json:"category"`
	// Description is free text, e.g. "Prosjektleder 20 % stilling". Optional.
	Description string `json:"description,omitempty"`
	// Cost is the line's total cost. Not negative.
	Cost NOK `json:"cost"`
	// Requested is the part of the cost asked for from the stimulus money. Not negative.
	Requested NOK `json:"requested"`
}

// Validate checks that the line has a known category and non-negative amounts.
func (l BudgetLine) Validate() error {
	var v validator
	l.validate(&v, "")
	return v.err()
}

func (l BudgetLine) validate(v *validator, path string) {
	enumValue(v, field(path, "category"), l.Category, budgetCategories, true)
	v.text(field(path, "description"), l.Description, false)
	v.nonNegative(field(path, "cost"), l.Cost)
	v.nonNegative(field(path, "requested"), l.Requested)
}

// BudgetCategory is what a budget line is for, after the guidelines' examples of what the
// stimulus money may cover. The zero value means "unset".
type BudgetCategory uint8

const (
	// BudgetProjectManagement is project management and positions (prosjektledelse og
	// stillinger). JSON "project_management".
	BudgetProjectManagement BudgetCategory = iota + 1
	// BudgetExternalCompetence is follow-up from external competence environments: training,
	// quality assurance and evaluation (ekstern kompetanse: opplæring, kvalitetssikring og
	// evaluering). JSON "external_competence".
	BudgetExternalCompetence
	// BudgetTravelAndGatherings is travel, gatherings and meetings (reiser og samlinger).
	// JSON "travel_and_gatherings".
	BudgetTravelAndGatherings
	// BudgetOther is any other cost (andre kostnader). JSON "other".
	BudgetOther
)

var budgetCategories = enum.Table[BudgetCategory]{Type: "budget category", Err: enumError("budget category", ErrInvalidValue), Names: []enum.Name{
	{},
	{"project_management", "prosjektledelse og stillinger", "project management and positions", "prosjektleiing og stillingar"},
	{"external_competence", "ekstern kompetanse", "external competence (training, quality assurance, evaluation)", "ekstern kompetanse"},
	{"travel_and_gatherings", "reiser og samlinger", "travel and gatherings", "reiser og samlingar"},
	{"other", "andre kostnader", "other costs", "andre kostnader"},
}}

// BudgetCategories returns the defined budget categories.
func BudgetCategories() []BudgetCategory { return budgetCategories.Values() }

// ParseBudgetCategory parses a category identifier such as "external_competence".
func ParseBudgetCategory(text string) (BudgetCategory, error) { return budgetCategories.Parse(text) }

// Valid reports whether c is a defined budget category.
func (c BudgetCategory) Valid() bool { return budgetCategories.Valid(c) }

// String returns the identifier, e.g. "project_management"; "" for the zero value.
func (c BudgetCategory) String() string { return budgetCategories.ID(c) }

// Norwegian returns the Norwegian name, e.g. "prosjektledelse og stillinger".
func (c BudgetCategory) Norwegian() string { return budgetCategories.Norwegian(c) }

// English returns the English name.
func (c BudgetCategory) English() string { return budgetCategories.English(c) }

// Nynorsk returns the Norwegian nynorsk name.
func (c BudgetCategory) Nynorsk() string { return budgetCategories.Nynorsk(c) }

// In returns the name in lang: bokmål, nynorsk or English.
func (c BudgetCategory) In(lang Language) string { return name(budgetCategories, c, lang) }

// MarshalText implements [encoding.TextMarshaler].
func (c BudgetCategory) MarshalText() ([]byte, error) { return budgetCategories.Marshal(c) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseBudgetCategory].
func (c *BudgetCategory) UnmarshalText(b []byte) error { return budgetCategories.Unmarshal(b, c) }

// Value implements [driver.Valuer].
func (c BudgetCategory) Value() (driver.Value, error) { return budgetCategories.Value(c) }

// Scan implements [database/sql.Scanner].
func (c *BudgetCategory) Scan(src any) error { return budgetCategories.Scan(src, c) }
