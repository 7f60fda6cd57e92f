// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Registry} from "./Registry.sol";

/// @title E3Manager: program registry, sortition and the E3 lifecycle.
/// @notice Implements DESIGN.md §3: request with fee escrow, committee by
/// sortition tickets (seed = hash of the block after the request), key-share
/// commitments and all-n public-key confirmation, batched input commitments
/// under a hash chain, output publication and t-of-n attestation, plaintext
/// publication and t-of-n attestation for every stage, deadlines counted in
/// blocks with markFailed, pull-payment fees and refunds. Deadlines are block
/// numbers so that every node derives the same phase from the chain.
contract E3Manager {
    /// @notice Lifecycle phase of an E3.
    enum Phase {
        None, // no such E3
        Committee, // ticket window: nodes submit sortition tickets
        KeyGen, // committee publishes key-share commitments and confirms the public key
        Inputs, // input window: input hashes are committed
        Compute, // compute provider publishes the output of the current stage; members attest
        Decrypt, // output accepted: members publish and attest the plaintext of the current stage
        Completed, // every stage's plaintext accepted; fee paid out
        Failed // a deadline passed; fee refunded
    }

    /// @notice Why an E3 failed.
    enum FailReason {
        None,
        InsufficientTickets, // fewer than n tickets by the end of the ticket window
        KeygenTimeout, // not all n members published a key share and confirmed one public key
        NoOutput, // no output published for the current stage before the compute deadline
        OutputNotAccepted, // fewer than t members attested the output
        PlaintextNotAccepted // fewer than t members attested one plaintext
    }

    /// @notice Phase lengths in blocks, chosen by the requester within bounds.
    struct Windows {
        uint32 ticket;
        uint32 keygen;
        uint32 input;
        uint32 compute;
        uint32 decrypt;
    }

    /// @notice A program registered by the owner; requests are validated against it.
    struct Program {
        bool registered;
        bool enabled;
        uint8 stages; // decryptions the program needs (multi-stage outputs)
        uint16 minN;
        uint16 maxN;
        uint32 maxInputs;
        uint256 presets; // bit i set: preset id i allowed
        uint64[] paramMin; // one bound pair per parameter
        uint64[] paramMax;
        string name;
    }

    /// @notice The fee quote: per committee member, per input slot of the program, per decryption and member.
    struct FeeSchedule {
        uint128 perMember;
        uint128 perInput;
        uint128 perDecryption;
    }

    /// @notice The on-chain record of one E3.
    struct E3 {
        bytes32 programId;
        address requester;
        address computeProvider; // zero: any committee member may publish the output
        Phase phase;
        FailReason failReason;
        uint8 preset;
        uint8 stage; // current stage, 0-based
        uint8 stages;
        bool pkConflict; // two members confirmed different public keys
        uint16 n;
        uint16 t;
        uint16 keyShares;
        uint16 pkConfirmations;
        uint16 maskCommits; // committed mask contributions (programs with committee masks)
        uint64 requestBlock;
        uint64 deadline; // last block of the current phase
        uint64 inputDeadline; // last block of the input window (0 until the key is published)
        uint64 inputCount;
        Windows windows;
        uint256 fee;
        uint256 ticketPrice; // registry ticket price snapshotted at request
        bytes32 seed; // hash of block requestBlock+1, stored with the first ticket
        bytes32 paramsHash;
        bytes32 pkHash;
        bytes32 inputRoot; // hash chain: root_i = keccak256(root_{i-1} || hash_i), root_0 = 0
    }

    /// @notice Per-member duties of one E3.
    struct Member {
        uint16 index; // party index 1..n (0: not a member)
        bool keyShare;
        bool pkConfirmed;
        uint32 outputAttested; // bit k: attested the output of stage k
        uint32 plaintextAttested; // bit k: attested a plaintext of stage k
        bytes32 keyShareHash;
        bytes32 dealingHash;
        bytes32 pkHash;
        bytes32 maskHash; // hash of the member's committee-mask contribution (0: none)
    }

    /// @notice One stage's output and released plaintext.
    struct Stage {
        bytes32 outputHash;
        uint16 outputAttestations;
        bool outputAccepted;
        bytes32 plaintextHash; // accepted plaintext (zero until t attestations)
        uint64 plaintextBlock; // block of the accepted plaintext's PlaintextPublished event
    }

    error NotOwner();
    error UnexpectedTransfer();
    error ProgramExists(bytes32 programId);
    error InvalidProgram();
    error UnknownProgram(bytes32 programId);
    error ProgramDisabled(bytes32 programId);
    error PresetNotAllowed(uint8 preset);
    error InvalidParamsLength(uint256 got, uint256 want);
    error ParamOutOfRange(uint256 index, uint64 value);
    error InvalidCommitteeSize(uint16 n);
    error InvalidThreshold(uint16 t, uint16 n);
    error InvalidWindow();
    error InsufficientFee(uint256 paid, uint256 quote);
    error UnknownE3(uint256 e3Id);
    error WrongPhase(Phase current);
    error SeedNotAvailable();
    error TicketWindowClosed();
    error TicketWindowOpen();
    error TicketAlreadySubmitted();
    error InvalidTicket(uint256 ticket, uint256 tickets);
    error ScoreTooHigh(uint256 score, uint256 worst);
    error DeadlinePassed(uint64 deadline);
    error NotMember();
    error ZeroHash();
    error AlreadyPublished();
    error KeySharesIncomplete(uint16 published, uint16 n);
    error AlreadyConfirmed();
    error InputWindowClosed();
    error InputWindowOpen();
    error EmptyBatch();
    error TooManyInputs(uint256 maxInputs);
    error DuplicateInput(bytes32 inputHash);
    error WrongStage(uint8 stage);
    error NotComputeProvider();
    error InputRootMismatch(bytes32 root, uint64 count);
    error OutputNotPublished();
    error OutputHashMismatch(bytes32 outputHash);
    error AlreadyAttested();
    error NotAttested();
    error PlaintextTooLarge(uint256 size);
    error UnknownPlaintext(bytes32 plaintextHash);
    error PhaseNotExpired(uint64 deadline);
    error CommitteeComplete();
    error NothingToWithdraw();
    error TransferFailed();

    event ProgramRegistered(bytes32 indexed programId, string name, uint8 stages, uint16 minN, uint16 maxN, uint32 maxInputs, uint256 presets);
    event ProgramEnabled(bytes32 indexed programId, bool enabled);
    event FeeScheduleSet(uint128 perMember, uint128 perInput, uint128 perDecryption);
    event E3Requested(uint256 indexed e3Id, bytes32 indexed programId, address indexed requester, uint64[] params, uint8 preset, uint16 n, uint16 t, Windows windows, address computeProvider, uint256 fee, uint256 ticketPrice);
    event TicketSubmitted(uint256 indexed e3Id, address indexed node, uint256 ticket, uint256 score);
    event TicketDropped(uint256 indexed e3Id, address indexed node);
    event CommitteeFinalized(uint256 indexed e3Id, address[] members, uint64 keygenDeadline);
    event KeyShareCommitted(uint256 indexed e3Id, address indexed member, uint16 index, bytes32 keyShareHash, bytes32 dealingHash);
    event PublicKeyConfirmed(uint256 indexed e3Id, address indexed member, bytes32 pkHash);
    event PublicKeyPublished(uint256 indexed e3Id, bytes32 pkHash, uint64 inputDeadline);
    event InputCommitted(uint256 indexed e3Id, uint64 index, bytes32 inputHash, bytes32 inputRoot);
    event MaskCommitted(uint256 indexed e3Id, uint16 index, bytes32 maskHash);
    event OutputPublished(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount, uint64 computeDeadline);
    event OutputAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 outputHash);
    event OutputAccepted(uint256 indexed e3Id, uint8 stage, bytes32 outputHash, uint64 decryptDeadline);
    event PlaintextPublished(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash, bytes plaintext);
    event PlaintextAttested(uint256 indexed e3Id, uint8 stage, address indexed member, bytes32 plaintextHash);
    event PlaintextAccepted(uint256 indexed e3Id, uint8 stage, bytes32 plaintextHash);
    event StageStarted(uint256 indexed e3Id, uint8 stage, uint64 computeDeadline);
    event E3Completed(uint256 indexed e3Id);
    event E3Failed(uint256 indexed e3Id, Phase phase, FailReason reason);
    event MemberPenalized(uint256 indexed e3Id, address indexed member, uint256 amount);
    event FeePaid(uint256 indexed e3Id, address indexed member, uint256 amount);
    event Refunded(uint256 indexed e3Id, address indexed requester, uint256 amount);
    event Withdrawn(address indexed account, uint256 amount);

    /// @notice Largest committee: bounds every loop over the members.
    uint16 public constant MAX_COMMITTEE = 64;
    /// @notice Largest number of stages (bitmask width in Member).
    uint8 public constant MAX_STAGES = 16;
    /// @notice Tickets must be submitted while blockhash(requestBlock+1) is still readable.
    uint32 public constant MAX_TICKET_WINDOW = 200;
    /// @notice Upper bound on every other window, in blocks.
    uint32 public constant MAX_WINDOW = 1_000_000;
    /// @notice Largest released plaintext, in bytes. A release travels in calldata and the
    /// PlaintextPublished event and is never stored (storage would cost 20,000 gas per 32
    /// bytes); 96 KiB stays under the 128 KiB a transaction may carry.
    uint256 public constant MAX_PLAINTEXT = 96 * 1024;

    address public immutable owner;
    Registry public immutable registry;
    /// @notice Taken from the bond of a member that missed a duty of a failed phase.
    uint256 public immutable livenessPenalty;

    FeeSchedule public fees;
    uint256 public e3Count;

    mapping(bytes32 => Program) private programs;
    mapping(uint256 => E3) private e3s;
    mapping(uint256 => uint64[]) private paramsOf_;
    mapping(uint256 => address[]) private candidates;
    mapping(uint256 => uint256[]) private candidateScores;
    mapping(uint256 => mapping(address => bool)) private ticketSubmitted;
    mapping(uint256 => address[]) private committees;
    mapping(uint256 => mapping(address => Member)) private members;
    mapping(uint256 => mapping(bytes32 => uint64)) private inputIndexPlusOne;
    mapping(uint256 => mapping(uint8 => Stage)) private stages_;
    mapping(uint256 => mapping(uint8 => mapping(bytes32 => uint16))) private plaintextVotes;
    /// @dev Block in which each plaintext candidate was published (0: never).
    mapping(uint256 => mapping(uint8 => mapping(bytes32 => uint64))) private plaintextBlocks;
    /// @notice Pull payments: fees, refunds and penalty compensation owed to each account.
    mapping(address => uint256) public pendingWithdrawals;

    constructor(Registry registry_, uint256 livenessPenalty_, FeeSchedule memory fees_) {
        owner = msg.sender;
        registry = registry_;
        livenessPenalty = livenessPenalty_;
        fees = fees_;
        emit FeeScheduleSet(fees_.perMember, fees_.perInput, fees_.perDecryption);
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    /// @notice Accepts only penalties forwarded by the registry.
    receive() external payable {
        if (msg.sender != address(registry)) revert UnexpectedTransfer();
    }

    // ---------------------------------------------------------------- programs

    /// @notice What the owner declares when registering a program.
    struct ProgramSpec {
        string name;
        uint8 stages;
        uint256 presets;
        uint16 minN;
        uint16 maxN;
        uint32 maxInputs;
        uint64[] paramMin;
        uint64[] paramMax;
    }

    /// @notice Registers a program under keccak256(name) with its validation rules.
    function registerProgram(ProgramSpec calldata spec) external onlyOwner returns (bytes32 programId) {
        programId = keccak256(bytes(spec.name));
        if (programs[programId].registered) revert ProgramExists(programId);
        if (
            bytes(spec.name).length == 0 || spec.stages == 0 || spec.stages > MAX_STAGES || spec.presets == 0
                || spec.minN == 0 || spec.minN > spec.maxN || spec.maxN > MAX_COMMITTEE || spec.maxInputs == 0
                || spec.paramMin.length != spec.paramMax.length
        ) revert InvalidProgram();
        for (uint256 i = 0; i < spec.paramMin.length; i++) {
            if (spec.paramMin[i] > spec.paramMax[i]) revert InvalidProgram();
        }
        Program storage p = programs[programId];
        p.registered = true;
        p.enabled = true;
        p.stages = spec.stages;
        p.minN = spec.minN;
        p.maxN = spec.maxN;
        p.maxInputs = spec.maxInputs;
        p.presets = spec.presets;
        p.paramMin = spec.paramMin;
        p.paramMax = spec.paramMax;
        p.name = spec.name;
        emit ProgramRegistered(programId, spec.name, spec.stages, spec.minN, spec.maxN, spec.maxInputs, spec.presets);
    }

    /// @notice Enables or disables new requests for a program (running E3s are unaffected).
    function setProgramEnabled(bytes32 programId, bool enabled) external onlyOwner {
        Program storage p = programs[programId];
        if (!p.registered) revert UnknownProgram(programId);
        p.enabled = enabled;
        emit ProgramEnabled(programId, enabled);
    }

    /// @notice Replaces the fee schedule for future requests.
    function setFeeSchedule(FeeSchedule calldata f) external onlyOwner {
        fees = f;
        emit FeeScheduleSet(f.perMember, f.perInput, f.perDecryption);
    }

    /// @notice The program record.
    function getProgram(bytes32 programId) external view returns (Program memory) {
        return programs[programId];
    }

    /// @notice The fee a request for programId with committee size n must pay at least.
    function quote(bytes32 programId, uint16 n) public view returns (uint256) {
        Program storage p = programs[programId];
        if (!p.registered) revert UnknownProgram(programId);
        FeeSchedule memory f = fees;
        return uint256(n) * f.perMember + uint256(p.maxInputs) * f.perInput + uint256(p.stages) * n * f.perDecryption;
    }

    // ---------------------------------------------------------------- 1-2 request

    /// @notice Requests an E3 and escrows msg.value as its fee.
    function request(
        bytes32 programId,
        uint64[] calldata params,
        uint8 preset,
        uint16 n,
        uint16 t,
        Windows calldata windows,
        address computeProvider
    ) external payable returns (uint256 e3Id) {
        Program storage p = _validateRequest(programId, params, preset, n, t, windows);
        uint256 q = quote(programId, n);
        if (msg.value < q) revert InsufficientFee(msg.value, q);
        e3Id = ++e3Count;
        E3 storage e = e3s[e3Id];
        e.programId = programId;
        e.requester = msg.sender;
        e.computeProvider = computeProvider;
        e.phase = Phase.Committee;
        e.preset = preset;
        e.stages = p.stages;
        e.n = n;
        e.t = t;
        e.requestBlock = uint64(block.number);
        e.deadline = uint64(block.number) + 1 + windows.ticket;
        e.windows = windows;
        e.fee = msg.value;
        e.ticketPrice = registry.ticketPrice();
        e.paramsHash = keccak256(abi.encode(params));
        paramsOf_[e3Id] = params;
        emit E3Requested(e3Id, programId, msg.sender, params, preset, n, t, windows, computeProvider, msg.value, e.ticketPrice);
    }

    function _validateRequest(
        bytes32 programId,
        uint64[] calldata params,
        uint8 preset,
        uint16 n,
        uint16 t,
        Windows calldata w
    ) private view returns (Program storage p) {
        p = programs[programId];
        if (!p.registered) revert UnknownProgram(programId);
        if (!p.enabled) revert ProgramDisabled(programId);
        if ((p.presets >> preset) & 1 == 0) revert PresetNotAllowed(preset);
        if (params.length != p.paramMin.length) revert InvalidParamsLength(params.length, p.paramMin.length);
        for (uint256 i = 0; i < params.length; i++) {
            if (params[i] < p.paramMin[i] || params[i] > p.paramMax[i]) revert ParamOutOfRange(i, params[i]);
        }
        if (n < p.minN || n > p.maxN) revert InvalidCommitteeSize(n);
        if (t == 0 || t > n) revert InvalidThreshold(t, n);
        if (
            w.ticket == 0 || w.ticket > MAX_TICKET_WINDOW || w.keygen == 0 || w.keygen > MAX_WINDOW || w.input == 0
                || w.input > MAX_WINDOW || w.compute == 0 || w.compute > MAX_WINDOW || w.decrypt == 0
                || w.decrypt > MAX_WINDOW
        ) revert InvalidWindow();
    }

    // ---------------------------------------------------------------- 3 committee

    /// @notice Submits a sortition ticket. score = keccak256(abi.encode(seed, e3Id, node, ticket));
    /// the n lowest scores are kept, a ticket that cannot enter them reverts.
    function submitTicket(uint256 e3Id, uint256 ticket) external {
        E3 storage e = _live(e3Id, Phase.Committee);
        if (block.number <= e.requestBlock + 1) revert SeedNotAvailable();
        if (block.number > e.deadline) revert TicketWindowClosed();
        if (ticketSubmitted[e3Id][msg.sender]) revert TicketAlreadySubmitted();
        uint256 tickets = registry.ticketsAt(msg.sender, e.requestBlock - 1, e.ticketPrice);
        if (ticket >= tickets) revert InvalidTicket(ticket, tickets);
        if (e.seed == bytes32(0)) e.seed = blockhash(e.requestBlock + 1);
        uint256 score = uint256(keccak256(abi.encode(e.seed, e3Id, msg.sender, ticket)));

        address[] storage cs = candidates[e3Id];
        uint256[] storage ss = candidateScores[e3Id];
        uint256 len = cs.length;
        if (len == e.n && score >= ss[len - 1]) revert ScoreTooHigh(score, ss[len - 1]);
        ticketSubmitted[e3Id][msg.sender] = true;
        emit TicketSubmitted(e3Id, msg.sender, ticket, score);
        if (len == e.n) {
            emit TicketDropped(e3Id, cs[len - 1]);
            cs.pop();
            ss.pop();
            len--;
        }
        cs.push(msg.sender);
        ss.push(score);
        // insertion into the ascending order
        uint256 i = len;
        while (i > 0 && ss[i - 1] > score) {
            cs[i] = cs[i - 1];
            ss[i] = ss[i - 1];
            i--;
        }
        cs[i] = msg.sender;
        ss[i] = score;
    }

    /// @notice Closes the ticket window: the kept tickets in score order become
    /// party indexes 1..n, or the E3 fails if fewer than n were submitted.
    function finalizeCommittee(uint256 e3Id) external {
        E3 storage e = _live(e3Id, Phase.Committee);
        if (block.number <= e.deadline) revert TicketWindowOpen();
        address[] storage cs = candidates[e3Id];
        if (cs.length < e.n) {
            _fail(e3Id, e, FailReason.InsufficientTickets);
            return;
        }
        address[] storage committee = committees[e3Id];
        for (uint256 i = 0; i < cs.length; i++) {
            committee.push(cs[i]);
            members[e3Id][cs[i]].index = uint16(i + 1);
            registry.lockForCommittee(cs[i]);
        }
        delete candidates[e3Id];
        delete candidateScores[e3Id];
        e.phase = Phase.KeyGen;
        e.deadline = uint64(block.number) + e.windows.keygen;
        emit CommitteeFinalized(e3Id, committee, e.deadline);
    }

    // ---------------------------------------------------------------- 4 keygen

    /// @notice A member commits to its public-key share and dealing (blobs travel over p2p).
    function publishKeyShare(uint256 e3Id, bytes32 keyShareHash, bytes32 dealingHash) external {
        E3 storage e = _live(e3Id, Phase.KeyGen);
        _beforeDeadline(e);
        Member storage m = _member(e3Id);
        if (keyShareHash == bytes32(0) || dealingHash == bytes32(0)) revert ZeroHash();
        if (m.keyShare) revert AlreadyPublished();
        m.keyShare = true;
        m.keyShareHash = keyShareHash;
        m.dealingHash = dealingHash;
        e.keyShares++;
        emit KeyShareCommitted(e3Id, msg.sender, m.index, keyShareHash, dealingHash);
    }

    /// @notice A member confirms the aggregated public key once all n shares are
    /// committed; when all n confirm the same hash the key is published and the input window opens.
    function confirmPublicKey(uint256 e3Id, bytes32 pkHash) external {
        E3 storage e = _live(e3Id, Phase.KeyGen);
        _beforeDeadline(e);
        Member storage m = _member(e3Id);
        if (pkHash == bytes32(0)) revert ZeroHash();
        if (e.keyShares < e.n) revert KeySharesIncomplete(e.keyShares, e.n);
        if (m.pkConfirmed) revert AlreadyConfirmed();
        m.pkConfirmed = true;
        m.pkHash = pkHash;
        if (e.pkConfirmations == 0) {
            e.pkHash = pkHash;
        } else if (pkHash != e.pkHash) {
            e.pkConflict = true;
        }
        e.pkConfirmations++;
        emit PublicKeyConfirmed(e3Id, msg.sender, pkHash);
        if (e.pkConfirmations == e.n && !e.pkConflict) {
            e.phase = Phase.Inputs;
            e.inputDeadline = uint64(block.number) + e.windows.input;
            e.deadline = e.inputDeadline;
            emit PublicKeyPublished(e3Id, pkHash, e.inputDeadline);
        }
    }

    // ---------------------------------------------------------------- 5 inputs

    /// @notice Commits a batch of input hashes in order; anyone may call inside the input window.
    function publishInputs(uint256 e3Id, bytes32[] calldata hashes) external {
        E3 storage e = _live(e3Id, Phase.Inputs);
        if (block.number > e.inputDeadline) revert InputWindowClosed();
        if (hashes.length == 0) revert EmptyBatch();
        uint256 maxInputs = programs[e.programId].maxInputs;
        if (e.inputCount + hashes.length > maxInputs) revert TooManyInputs(maxInputs);
        bytes32 root = e.inputRoot;
        uint64 count = e.inputCount;
        for (uint256 i = 0; i < hashes.length; i++) {
            bytes32 h = hashes[i];
            if (h == bytes32(0)) revert ZeroHash();
            if (inputIndexPlusOne[e3Id][h] != 0) revert DuplicateInput(h);
            root = keccak256(abi.encodePacked(root, h));
            inputIndexPlusOne[e3Id][h] = count + 1;
            emit InputCommitted(e3Id, count, h, root);
            count++;
        }
        e.inputRoot = root;
        e.inputCount = count;
    }

    /// @notice A member commits the hash of its committee-mask contribution
    /// (programs that release masked values). Commitments are accepted only
    /// during the input window and contributions are revealed off-chain only
    /// after it closes, so no contribution can be derived from another; the
    /// mask set is every committed contribution, in party order.
    function commitMask(uint256 e3Id, bytes32 maskHash) external {
        E3 storage e = _live(e3Id, Phase.Inputs);
        if (block.number > e.inputDeadline) revert InputWindowClosed();
        Member storage m = _member(e3Id);
        if (maskHash == bytes32(0)) revert ZeroHash();
        if (m.maskHash != bytes32(0)) revert AlreadyPublished();
        m.maskHash = maskHash;
        e.maskCommits++;
        emit MaskCommitted(e3Id, m.index, maskHash);
    }

    /// @notice Whether inputHash was committed to e3Id, and at which index.
    function inputIndexOf(uint256 e3Id, bytes32 inputHash) external view returns (bool committed, uint64 index) {
        uint64 v = inputIndexPlusOne[e3Id][inputHash];
        if (v == 0) return (false, 0);
        return (true, v - 1);
    }

    // ---------------------------------------------------------------- 7 output

    /// @notice The compute provider (or, if none was named, any member) publishes
    /// the output of the current stage over exactly the committed inputs.
    function publishOutput(uint256 e3Id, uint8 stage, bytes32 outputHash, bytes32 inputRoot, uint64 inputCount)
        external
    {
        E3 storage e = _known(e3Id);
        if (e.phase == Phase.Inputs) {
            if (block.number <= e.inputDeadline) revert InputWindowOpen();
            e.phase = Phase.Compute;
            e.deadline = e.inputDeadline + e.windows.compute;
        }
        if (e.phase != Phase.Compute) revert WrongPhase(e.phase);
        _beforeDeadline(e);
        if (stage != e.stage) revert WrongStage(stage);
        if (e.computeProvider != address(0)) {
            if (msg.sender != e.computeProvider) revert NotComputeProvider();
        } else if (members[e3Id][msg.sender].index == 0) {
            revert NotComputeProvider();
        }
        if (outputHash == bytes32(0)) revert ZeroHash();
        if (inputRoot != e.inputRoot || inputCount != e.inputCount) revert InputRootMismatch(e.inputRoot, e.inputCount);
        Stage storage s = stages_[e3Id][stage];
        if (s.outputHash != bytes32(0)) revert AlreadyPublished();
        s.outputHash = outputHash;
        emit OutputPublished(e3Id, stage, outputHash, inputRoot, inputCount, e.deadline);
    }

    /// @notice A member that re-executed the stage attests its output; at t attestations the output is accepted.
    function attestOutput(uint256 e3Id, uint8 stage, bytes32 outputHash) external {
        E3 storage e = _known(e3Id);
        if (e.phase != Phase.Compute && e.phase != Phase.Decrypt) revert WrongPhase(e.phase);
        _beforeDeadline(e);
        if (stage != e.stage) revert WrongStage(stage);
        Member storage m = _member(e3Id);
        Stage storage s = stages_[e3Id][stage];
        if (s.outputHash == bytes32(0)) revert OutputNotPublished();
        if (outputHash != s.outputHash) revert OutputHashMismatch(s.outputHash);
        uint32 bit = uint32(1) << stage;
        if (m.outputAttested & bit != 0) revert AlreadyAttested();
        m.outputAttested |= bit;
        s.outputAttestations++;
        emit OutputAttested(e3Id, stage, msg.sender, outputHash);
        if (!s.outputAccepted && s.outputAttestations == e.t) {
            s.outputAccepted = true;
            e.phase = Phase.Decrypt;
            e.deadline = uint64(block.number) + e.windows.decrypt;
            emit OutputAccepted(e3Id, stage, outputHash, e.deadline);
        }
    }

    // ---------------------------------------------------------------- 9 release

    /// @notice A member that attested the stage's output publishes a combined plaintext candidate.
    function publishPlaintext(uint256 e3Id, uint8 stage, bytes calldata plaintext) external {
        E3 storage e = _live(e3Id, Phase.Decrypt);
        _beforeDeadline(e);
        if (stage != e.stage) revert WrongStage(stage);
        Member storage m = _member(e3Id);
        if (m.outputAttested & (uint32(1) << stage) == 0) revert NotAttested();
        if (plaintext.length == 0 || plaintext.length > MAX_PLAINTEXT) revert PlaintextTooLarge(plaintext.length);
        bytes32 h = keccak256(plaintext);
        if (plaintextBlocks[e3Id][stage][h] != 0) revert AlreadyPublished();
        plaintextBlocks[e3Id][stage][h] = uint64(block.number);
        emit PlaintextPublished(e3Id, stage, msg.sender, h, plaintext);
    }

    /// @notice A member that attested the output attests a published plaintext; the first
    /// plaintext with t attestations is accepted and starts the next stage or completes the E3.
    function attestPlaintext(uint256 e3Id, uint8 stage, bytes32 plaintextHash) external {
        E3 storage e = _live(e3Id, Phase.Decrypt);
        _beforeDeadline(e);
        if (stage != e.stage) revert WrongStage(stage);
        Member storage m = _member(e3Id);
        uint32 bit = uint32(1) << stage;
        if (m.outputAttested & bit == 0) revert NotAttested();
        if (plaintextBlocks[e3Id][stage][plaintextHash] == 0) revert UnknownPlaintext(plaintextHash);
        if (m.plaintextAttested & bit != 0) revert AlreadyAttested();
        m.plaintextAttested |= bit;
        uint16 votes = ++plaintextVotes[e3Id][stage][plaintextHash];
        emit PlaintextAttested(e3Id, stage, msg.sender, plaintextHash);
        if (votes < e.t) return;
        stages_[e3Id][stage].plaintextHash = plaintextHash;
        stages_[e3Id][stage].plaintextBlock = plaintextBlocks[e3Id][stage][plaintextHash];
        emit PlaintextAccepted(e3Id, stage, plaintextHash);
        if (stage + 1 < e.stages) {
            e.stage = stage + 1;
            e.phase = Phase.Compute;
            e.deadline = uint64(block.number) + e.windows.compute;
            emit StageStarted(e3Id, stage + 1, e.deadline);
        } else {
            _complete(e3Id, e);
        }
    }

    /// @notice Where to read the accepted plaintext of a stage: its hash and the block whose
    /// PlaintextPublished event carries it (zeros until accepted). Clients fetch that one
    /// block's log and check the bytes against the hash.
    function plaintextOf(uint256 e3Id, uint8 stage) external view returns (bytes32 plaintextHash, uint64 blockNumber) {
        Stage storage s = stages_[e3Id][stage];
        return (s.plaintextHash, s.plaintextBlock);
    }

    // ---------------------------------------------------------------- failure and money

    /// @notice After the current phase's deadline anyone may fail the E3: the requester is
    /// refunded and members that missed a duty of that phase lose the liveness penalty.
    function markFailed(uint256 e3Id) external {
        E3 storage e = _known(e3Id);
        Phase ph = e.phase;
        if (ph == Phase.Completed || ph == Phase.Failed) revert WrongPhase(ph);
        uint64 deadline = ph == Phase.Inputs ? e.inputDeadline + e.windows.compute : e.deadline;
        if (block.number <= deadline) revert PhaseNotExpired(deadline);
        if (ph == Phase.Committee) {
            if (candidates[e3Id].length >= e.n) revert CommitteeComplete();
            _fail(e3Id, e, FailReason.InsufficientTickets);
            return;
        }
        address[] storage c = committees[e3Id];
        FailReason reason;
        if (ph == Phase.KeyGen) {
            reason = FailReason.KeygenTimeout;
            // Confirmation is only possible once all n shares are committed, so a
            // missing share is the fault; with all shares in, a missing confirmation is.
            bool sharesDone = e.keyShares == e.n;
            for (uint256 i = 0; i < c.length; i++) {
                Member storage m = members[e3Id][c[i]];
                if (sharesDone ? !m.pkConfirmed : !m.keyShare) _penalize(e3Id, e, c[i]);
            }
        } else if (ph == Phase.Inputs || stages_[e3Id][e.stage].outputHash == bytes32(0)) {
            e.phase = Phase.Compute;
            reason = FailReason.NoOutput;
        } else {
            uint32 bit = uint32(1) << e.stage;
            reason = ph == Phase.Compute ? FailReason.OutputNotAccepted : FailReason.PlaintextNotAccepted;
            for (uint256 i = 0; i < c.length; i++) {
                Member storage m = members[e3Id][c[i]];
                uint32 done = ph == Phase.Compute ? m.outputAttested : m.plaintextAttested;
                if (done & bit == 0) _penalize(e3Id, e, c[i]);
            }
        }
        _fail(e3Id, e, reason);
    }

    /// @notice Pays out everything owed to msg.sender (fees, refunds, compensation).
    function withdraw() external {
        uint256 amount = pendingWithdrawals[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        pendingWithdrawals[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    function _penalize(uint256 e3Id, E3 storage e, address member) private {
        uint256 taken = registry.penalize(member, livenessPenalty);
        pendingWithdrawals[e.requester] += taken;
        emit MemberPenalized(e3Id, member, taken);
    }

    function _fail(uint256 e3Id, E3 storage e, FailReason reason) private {
        Phase ph = e.phase;
        e.phase = Phase.Failed;
        e.failReason = reason;
        _unlock(e3Id);
        pendingWithdrawals[e.requester] += e.fee;
        emit E3Failed(e3Id, ph, reason);
        emit Refunded(e3Id, e.requester, e.fee);
    }

    function _complete(uint256 e3Id, E3 storage e) private {
        e.phase = Phase.Completed;
        _unlock(e3Id);
        emit E3Completed(e3Id);
        // The fee is split among members that did every duty: key share, key
        // confirmation and the output attestation of every stage.
        address[] storage c = committees[e3Id];
        uint32 all = uint32((uint256(1) << e.stages) - 1);
        address[] memory paid = new address[](c.length);
        uint256 k = 0;
        for (uint256 i = 0; i < c.length; i++) {
            Member storage m = members[e3Id][c[i]];
            if (m.keyShare && m.pkConfirmed && m.outputAttested & all == all) paid[k++] = c[i];
        }
        if (k == 0) {
            pendingWithdrawals[e.requester] += e.fee;
            emit Refunded(e3Id, e.requester, e.fee);
            return;
        }
        uint256 share = e.fee / k;
        uint256 dust = e.fee - share * k;
        for (uint256 i = 0; i < k; i++) {
            uint256 amount = i == 0 ? share + dust : share;
            pendingWithdrawals[paid[i]] += amount;
            emit FeePaid(e3Id, paid[i], amount);
        }
    }

    function _unlock(uint256 e3Id) private {
        address[] storage c = committees[e3Id];
        for (uint256 i = 0; i < c.length; i++) {
            registry.unlockForCommittee(c[i]);
        }
    }

    function _known(uint256 e3Id) private view returns (E3 storage e) {
        e = e3s[e3Id];
        if (e.phase == Phase.None) revert UnknownE3(e3Id);
    }

    function _live(uint256 e3Id, Phase want) private view returns (E3 storage e) {
        e = _known(e3Id);
        if (e.phase != want) revert WrongPhase(e.phase);
    }

    function _beforeDeadline(E3 storage e) private view {
        if (block.number > e.deadline) revert DeadlinePassed(e.deadline);
    }

    function _member(uint256 e3Id) private view returns (Member storage m) {
        m = members[e3Id][msg.sender];
        if (m.index == 0) revert NotMember();
    }

    // ---------------------------------------------------------------- views

    /// @notice The E3 record.
    function getE3(uint256 e3Id) external view returns (E3 memory) {
        return e3s[e3Id];
    }

    /// @notice The request parameters of an E3.
    function paramsOf(uint256 e3Id) external view returns (uint64[] memory) {
        return paramsOf_[e3Id];
    }

    /// @notice The committee in party-index order (empty before finalization).
    function committeeOf(uint256 e3Id) external view returns (address[] memory) {
        return committees[e3Id];
    }

    /// @notice Kept tickets during the ticket window, lowest score first.
    function candidatesOf(uint256 e3Id) external view returns (address[] memory, uint256[] memory) {
        return (candidates[e3Id], candidateScores[e3Id]);
    }

    /// @notice A member's duties record (index 0: not a member).
    function memberOf(uint256 e3Id, address node) external view returns (Member memory) {
        return members[e3Id][node];
    }

    /// @notice A stage's output and accepted plaintext hash.
    function stageOf(uint256 e3Id, uint8 stage) external view returns (Stage memory) {
        return stages_[e3Id][stage];
    }

    /// @notice Attestations a plaintext candidate has collected.
    function plaintextVotesOf(uint256 e3Id, uint8 stage, bytes32 plaintextHash) external view returns (uint16) {
        return plaintextVotes[e3Id][stage][plaintextHash];
    }
}
