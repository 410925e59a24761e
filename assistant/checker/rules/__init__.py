"""One module per etiquette rule, each exposing RULE and check(ctx, config)."""
