//! Bullet phrase tables (duty openers, hedges, buzzwords, verbs, …) with their seed sources.
