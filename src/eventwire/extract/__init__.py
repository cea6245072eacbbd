"""Extraction stages: what (event type), who (actors), when (dates), where (places),
toll (casualty figures), claims (who says so); `mentions` composes them per article."""
