"""Bundle import in the window: the flow dialog, the signers dialog, the status light."""
