package com.custodia.service.casefile;

import com.custodia.casefile.CaseFileNames;
import com.custodia.casefile.CaseFileWriter;
import com.custodia.casefile.Manifest;
import com.custodia.ledger.Checkpoint;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.ledger.CaseLedgerProof;
import com.custodia.service.ledger.LedgerService;
import com.custodia.service.security.AccessGuard;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a case to a sealed {@code .custodia} file (DESIGN.md section 6). The case's source gathers
 * it and decides the disclosure; this service proves the case's ledger entries against a signed
 * checkpoint (signing one when none covers them), builds and signs the file, and hands it to the
 * disclosure gate, which records the export in the ledger before the file is written.
 */
public final class CaseFileService {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<CaseKind, CaseSource> sources = new EnumMap<>(CaseKind.class);
    private final LedgerService ledger;
    private final DisclosureGate gate;
    private final AccessGuard guard;
    private final String workspaceId;
    private final Clock clock;

    public CaseFileService(List<CaseSource> sources, LedgerService ledger, DisclosureGate gate, AccessGuard guard,
                           String workspaceId, Clock clock) {
        sources.forEach(s -> this.sources.put(s.kind(), s));
        this.ledger = ledger;
        this.gate = gate;
        this.guard = guard;
        this.workspaceId = workspaceId;
        this.clock = clock;
    }

    /** The kinds this workspace can export. */
    public List<CaseKind> kinds() {
        return List.copyOf(sources.keySet());
    }

    /** An exported case file: the disclosure, the entries proven and the checkpoint they prove against. */
    public record ExportedCase(Disclosed disclosed, Path file, int ledgerEntries, long checkpointSize,
                               String keyFingerprint, boolean encrypted) {
    }

    /**
     * @param recipient  a named internal reviewer, or null for the recipient the case names
     * @param passphrase null for a payload in the clear; the caller wipes it
     * @throws com.custodia.service.security.AccessDeniedException when the role may not export cases
     * @throws com.custodia.service.disclosure.DisclosureRefusedException when the rules refuse the recipient
     */
    public ExportedCase export(Principal actor, CaseKind kind, String caseId, CaseRecipient recipient, Path target,
                               char[] passphrase) {
        guard.require(actor, Permission.CASE_EXPORT, "export case files");
        if (!ledger.canSign()) {
            throw new IllegalStateException("This workstation's signing key is locked, so it cannot seal a case file.");
        }
        CaseSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalArgumentException("Cases of kind " + kind.cliName() + " cannot be exported yet.");
        }
        CaseMaterial material = source.load(actor, caseId, recipient);
        CaseMaterial.Disclosure d = material.disclosure();
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.CASE_FILE, d.recipientKind(),
                d.recipientName(), d.recipientAddress(), d.basis(), d.reference(), d.personIds(), d.categories(),
                List.of(), d.purpose(), "case file", "case-" + kind.cliName() + "-" + material.caseId(),
                d.nonNotificationUntil());
        // a refusal is known before a checkpoint is signed or a key derived; the gate itself then refuses
        // again and writes the refusal to the security log, releasing nothing
        if (!gate.check(actor, request).allowed()) {
            gate.disclose(actor, request, new byte[0], bytes -> {
                throw new IllegalStateException("a refused disclosure was released");
            });
        }

        CaseLedgerProof proof = ledger.prove(material.ledgerSeqs());
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        List<CaseFileWriter.Payload> payloads = new ArrayList<>();
        payloads.add(new CaseFileWriter.Payload(CaseFileNames.CASE_JSON, "case", "application/json",
                caseJson(material, actor, created)));
        byte[] report = material.reportPdf() != null ? material.reportPdf()
                : CaseReportPdf.write(material, proof, actor.username(), created);
        payloads.add(new CaseFileWriter.Payload(CaseFileNames.REPORT_PDF, "report", "application/pdf", report));
        int n = 0;
        for (CaseMaterial.Attachment a : material.attachments()) {
            payloads.add(new CaseFileWriter.Payload(CaseFileNames.attachment(++n), "attachment", a.mediaType(),
                    a.bytes()));
        }
        CaseFileWriter.Sealing sealing = new CaseFileWriter.Sealing(kind.cliName(), material.caseId(), created,
                actor.username(), workspaceId, ledgerSection(proof), ledger.publicKey(), ledger.keyFingerprint(),
                ledger::signCaseManifest);
        CaseFileWriter.Sealed sealed = CaseFileWriter.write(sealing, payloads, passphrase);
        Disclosed disclosed = gate.disclose(actor, request, sealed.bytes(), new FileRelease(target));
        return new ExportedCase(disclosed, target.toAbsolutePath().normalize(), proof.entries().size(),
                proof.checkpoint().treeSize(), ledger.keyFingerprint(), passphrase != null);
    }

    private static byte[] caseJson(CaseMaterial m, Principal actor, Instant created) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "custodia-case-data/1");
        doc.put("caseKind", m.kind().cliName());
        doc.put("caseId", m.caseId());
        doc.put("title", m.title());
        doc.put("exportedAt", created.toString());
        doc.put("exporter", actor.username());
        doc.put("recipient", m.disclosure().recipientName());
        doc.put("basis", m.disclosure().basis().cliName());
        doc.put("case", m.data());
        doc.put("ledgerEntries", m.ledgerSeqs());
        List<Map<String, String>> attachments = new ArrayList<>();
        int n = 0;
        for (CaseMaterial.Attachment a : m.attachments()) {
            attachments.add(Map.of("entry", CaseFileNames.attachment(++n), "description", a.description()));
        }
        doc.put("attachments", attachments);
        try {
            return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the case could not be written as JSON", e);
        }
    }

    private static Manifest.LedgerProof ledgerSection(CaseLedgerProof proof) {
        HexFormat hex = HexFormat.of();
        Base64.Encoder b64 = Base64.getEncoder();
        Checkpoint cp = proof.checkpoint();
        Manifest.CheckpointRef ref = new Manifest.CheckpointRef(cp.workspaceId(), cp.treeSize(),
                b64.encodeToString(cp.root()), cp.time().toString(), cp.keyFingerprint(),
                b64.encodeToString(cp.signature()));
        List<Manifest.ProvenEntry> entries = proof.entries().stream().map(p -> new Manifest.ProvenEntry(p.seq(),
                new String(p.content().canonicalBytes(), StandardCharsets.UTF_8), hex.formatHex(p.leafHash()),
                p.path().stream().map(hex::formatHex).toList())).toList();
        return new Manifest.LedgerProof(ref, entries);
    }
}
