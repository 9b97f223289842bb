"""The SHGM desk's rules: the review queue, USH area decisions, ÇKYS records, permits and their verification."""
