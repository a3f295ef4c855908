namespace Nhp.Committees;

/// <summary>What a committee is asked to do with a paper, as its front sheet and the agenda say ("For Discussion").</summary>
public enum PaperPurpose
{
    /// <summary>"For Discussion": members discuss the paper; nothing is decided.</summary>
    Discussion,

    /// <summary>"For Information": members note the paper.</summary>
    Information,

    /// <summary>"For Decision": members are asked to decide or approve.</summary>
    Decision,
}
