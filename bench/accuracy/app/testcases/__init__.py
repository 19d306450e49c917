"""View modules, one route per module."""
