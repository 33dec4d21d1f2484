"""iisg-graph: who works with whom on internal security in the Western Balkans.

The pipeline runs one way: loaders → extract → resolve → model → store → queries / views.
"""

__version__ = "0.1.0"
