//! Formatting phrase tables (identity phrases, extras, skill-bar glyphs, …) with their seed sources.
