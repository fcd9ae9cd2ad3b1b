/**
 * The BPU domain rules: contribution, income-basis, NIK and membership-number rules as plain records, enums and
 * functions. Nothing here imports a framework (guarded by {@code RulesArchitectureTest}); reference data such as the
 * income-basis table reaches these functions as values, never as constants.
 */
package id.go.bekasikab.bpu.rules;
