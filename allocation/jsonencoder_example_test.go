package allocation_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/laeringsnettverk/sdk/allocation"
	"github.com/laeringsnettverk/sdk/lnet"
)

// A result is written share by share as it is rendered, exactly as json.MarshalIndent
// would write it.
func ExampleJSONEncoder() {
	r, err := allocation.Allocate(lnet.MustNOK("1000"), []allocation.Recipient{
		{ID: "a", Weight: allocation.MustWeight("2")},
		{ID: "b", Weight: allocation.MustWeight("1")},
	}, allocation.WithUnit(lnet.MustNOK("100")))
	if err != nil {
		fmt.Println(err)
		return
	}
	enc := allocation.NewJSONEncoder(os.Stdout)
	if err := enc.EncodeResponse(allocation.Response{Result: r}); err != nil {
		fmt.Println(err)
	}
	var b strings.Builder
	enc = allocation.NewJSONEncoder(&b)
	enc.SetIndent("", "  ")
	_ = enc.EncodeResult(*r)
	fmt.Println(strings.Count(b.String(), "\n"), "lines indented")
	// Output:
	// {"result":{"pot":"1000","unit":"100","method":"largest_remainder","allocated":"1000","residue":"0","unallocated":"0","remaining":1,"shares":[{"id":"a","weight":"2","key_share":"0.666667","key_share_exact":"2/3","quota":"666.666667","quota_exact":"2000/3","floor":"0","cap":null,"amount":"700","floored":false,"capped":false,"remainder_unit":true,"remainder_rank":1},{"id":"b","weight":"1","key_share":"0.333333","key_share_exact":"1/3","quota":"333.333333","quota_exact":"1000/3","floor":"0","cap":null,"amount":"300","floored":false,"capped":false,"remainder_unit":false,"remainder_rank":2}]}}
	// 41 lines indented
}
