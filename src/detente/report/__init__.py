"""Ways to show an analysis: terminal tables, JSON, Graphviz DOT."""
