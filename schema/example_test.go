package schema_test

import (
	"bytes"
	"fmt"
	"strings"

	js "github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/laeringsnettverk/sdk/schema"
)

// Validating a request with the embedded schema files and a JSON Schema library, here
// github.com/santhosh-tekuri/jsonschema/v6.
func Example() {
	c := js.NewCompiler()
	c.AssertFormat()
	data, err := schema.FS().ReadFile(schema.AllocationRequest)
	if err != nil {
		fmt.Println(err)
		return
	}
	doc, err := js.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		fmt.Println(err)
		return
	}
	url := schema.BaseURL + schema.AllocationRequest
	if err := c.AddResource(url, doc); err != nil {
		fmt.Println(err)
		return
	}
	request, err := c.Compile(url)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{
		`{"pot": "650000", "recipients": [{"id": "kvam", "weight": "3/7"}, {"id": "os", "weight": "0.5"}]}`,
		`{"pot": "1e9", "recipients": [{"id": "kvam", "weight": "1"}]}`,
	} {
		inst, _ := js.UnmarshalJSON(strings.NewReader(text))
		fmt.Println(request.Validate(inst) == nil)
	}
	// Output:
	// true
	// false
}

func ExampleFiles() {
	for _, name := range schema.Files() {
		fmt.Println(schema.BaseURL + name)
	}
	// Output:
	// https://github.com/laeringsnettverk/sdk/schema/allocation-request.json
	// https://github.com/laeringsnettverk/sdk/schema/allocation-response.json
	// https://github.com/laeringsnettverk/sdk/schema/network.json
	// https://github.com/laeringsnettverk/sdk/schema/application.json
	// https://github.com/laeringsnettverk/sdk/schema/grant.json
	// https://github.com/laeringsnettverk/sdk/schema/eligibility-report.json
	// https://github.com/laeringsnettverk/sdk/schema/calendar-schedule.json
}
