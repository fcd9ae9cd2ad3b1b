package id.go.bekasikab.bpu.archfixture.rules;

import jakarta.inject.Singleton;

/** A deliberately bad "rules" class: proves RulesArchitectureTest can fail. Not part of the service. */
@Singleton
public class FrameworkBoundRule {
}
