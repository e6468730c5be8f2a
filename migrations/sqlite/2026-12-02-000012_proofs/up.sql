-- Proof of inclusion (src/packets/proof.rs). Keep in step with the other backend.

-- Each signature's 32 random bytes, salting its leaf in every packet
-- version's Merkle tree; erased with the signer's contact data, after which
-- nothing links a public leaf hash to a person.
ALTER TABLE signatures ADD COLUMN salt BLOB NULL;

-- A frozen version's tree: its root (hex), size, and sorted leaf hashes
-- (32 bytes each, concatenated), published at freeze time.
ALTER TABLE packet_versions ADD COLUMN root TEXT NULL;
ALTER TABLE packet_versions ADD COLUMN size BIGINT NULL;
ALTER TABLE packet_versions ADD COLUMN leaves BLOB NULL;

-- A signer's receipt starts from their signature: which versions printed it.
CREATE INDEX packet_members_by_signature ON packet_members (signature_id);
