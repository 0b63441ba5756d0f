package eligibility_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/laeringsnettverk/sdk/eligibility"
	"github.com/laeringsnettverk/sdk/lnet"
)

// FuzzEvaluateApplication decodes an application (and a network) from JSON and evaluates
// it: it must never panic, and the report must keep its invariants whatever the input.
func FuzzEvaluateApplication(f *testing.F) {
	for _, s := range []lnet.Scheme{lnet.SchemeSelfInitiated, lnet.SchemeFosterHome} {
		for _, year := range []int{2018, 2019, 2022, 2026} {
			app, _ := json.Marshal(freshApplication(s, year))
			net, _ := json.Marshal(freshNetwork(year))
			f.Add(app, net, uint8(0))
			f.Add(app, []byte(`{}`), uint8(2))
		}
	}
	f.Add([]byte(`{"id":"x","network":"testnett","project":"p-self","scheme":"self_initiated","year":2019,"office":"hordaland","requested":"1","total_cost":"0.01"}`), []byte(`null`), uint8(1))
	f.Add([]byte(`{"year":-9223372036854775808,"submitted":"9999-12-31"}`), []byte(`{"projects":[{"id":"p","period":{"start":"2019-01-01","end":"2019-01-01"}}]}`), uint8(3))
	f.Add([]byte(`{"budget":[{"category":"other","cost":"-1","requested":"5"}]}`), []byte(`{"members":[{"service":{"municipalities":["0000"]}}],"plan":{"measures":null}}`), uint8(0))

	catalogue := eligibility.Catalogue()
	f.Fuzz(func(t *testing.T, appJSON, netJSON []byte, edition uint8) {
		var app lnet.Application
		if err := json.Unmarshal(appJSON, &app); err != nil {
			return
		}
		network := freshNetwork(2019)
		if len(netJSON) > 0 && string(netJSON) != "null" {
			network = lnet.Network{}
			if err := json.Unmarshal(netJSON, &network); err != nil {
				return
			}
		}
		var opts []eligibility.Option
		if e := eligibility.Edition(edition % 4); e != 0 {
			opts = append(opts, eligibility.WithEdition(e))
		}
		opts = append(opts, eligibility.WithDeadline(testDeadline(2019)))
		r, err := eligibility.EvaluateApplication(app, network, opts...)
		if err != nil {
			if !errors.Is(err, eligibility.ErrUnknownEdition) {
				t.Fatalf("unexpected error: %v", err)
			}
			return
		}
		if len(r.Findings) != len(catalogue) {
			t.Fatalf("%d findings, want one per catalogue rule (%d)", len(r.Findings), len(catalogue))
		}
		blocking := 0
		for i, fd := range r.Findings {
			if fd.Rule() != catalogue[i].ID || fd.Severity() != catalogue[i].Severity {
				t.Fatalf("finding %d is %s/%s, want %s", i, fd.Rule(), fd.Severity(), catalogue[i].ID)
			}
			if !fd.Status().Valid() {
				t.Fatalf("%s: invalid status %d", fd.Rule(), fd.Status())
			}
			if !catalogue[i].InEdition(r.Edition) && fd.Status() != eligibility.NotApplicable {
				t.Fatalf("%s ran outside its editions", fd.Rule())
			}
			if fd.Blocks() {
				blocking++
			}
		}
		if r.Eligible() != (blocking == 0) {
			t.Fatalf("Eligible() = %v with %d failed requirements", r.Eligible(), blocking)
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back eligibility.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("unmarshal own JSON: %v\n%s", err, b)
		}
		if back.Eligible() != r.Eligible() || len(back.Findings) != len(r.Findings) {
			t.Fatalf("JSON round trip changed the report")
		}
		for _, lang := range []lnet.Language{lnet.Bokmal, lnet.English} {
			_ = r.Text(lang)
			_ = r.Markdown(lang)
		}
	})
}

// FuzzReportJSON decodes a report from JSON: what decodes must marshal and decode back to
// the same report, and render without panicking.
func FuzzReportJSON(f *testing.F) {
	n, a := freshNetwork(2019), freshApplication(lnet.SchemeFosterHome, 2019)
	r, _ := eligibility.EvaluateApplication(a, n)
	b, _ := json.Marshal(r)
	f.Add(b)
	f.Add([]byte(`{"edition":"2018","subject":"network","name":"x","findings":[]}`))
	f.Add([]byte(`{"findings":[{"rule":"X","subject":"project","severity":"information","status":"not_applicable","evidence":[{"note":{"nb":"|","en":"\n"}}]}]}`))
	f.Add([]byte(`{"edition":"2022","scheme":"foster_home","eligible":true,"findings":null}`))
	f.Add([]byte(`{"edition":"2022","latest_known_edition":true,"grant_year":2027,"date":"2026-12-01","data":{"year":2027,"classification":"Kommuneinndeling 2024","classification_from":"2024-01-01","population_year":2026,"origin":"assumed","structure_date":"2026-12-31"},"findings":[]}`))
	f.Add([]byte(`{"date":"2026-02-29","data":{"classification_from":"2024-1-1"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r eligibility.Report
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("marshal a decoded report: %v", err)
		}
		var back eligibility.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("decode own JSON: %v\n%s", err, b)
		}
		b2, err := json.Marshal(back)
		if err != nil || string(b) != string(b2) {
			t.Fatalf("round trip changed the report:\n%s\n%s", b, b2)
		}
		_ = r.Text(lnet.English)
		_ = r.Markdown(lnet.Bokmal)
	})
}
