"""Resolution: mentions → canonical entities, before anything reaches a store."""

from iisg_graph.resolve.basic import Entity, Resolver

__all__ = ["Entity", "Resolver"]
