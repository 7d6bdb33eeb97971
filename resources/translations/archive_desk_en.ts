<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="49" />
        <source>登录名须以英文字母开头，由2至40位字母、数字、下划线或点组成，例如 zhangli。</source>
        <translation>The user name must start with a letter and have 2 to 40 letters, digits, underscores or dots, e.g. zhangli.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="51" />
        <source>登录名“{username}”已被使用，请换一个。</source>
        <translation>The user name “{username}” is taken; please choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="53" />
        <source>请填写姓名，它将出现在更正记录和借阅单上。</source>
        <translation>Please enter the person's name; it appears in the correction records and on borrow slips.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="65" />
        <source>档案库中已有用户，请用已有账号登录。</source>
        <translation>The archive already has users; please sign in with an existing account.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="80" />
        <source>登录失败次数过多，请 {value} 秒后再试。</source>
        <translation>Too many failed sign-ins; please try again in {value} seconds.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="128" />
        <source>请写明停用或启用的原因，例如 调离本部门。</source>
        <translation>Please give the reason for disabling or enabling, e.g. transferred to another department.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="130" />
        <source>不能停用自己的账号。</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="134" />
        <source>该用户不存在。</source>
        <translation>This user does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="144" />
        <source>您的角色无需选择同事办理借阅或发放。</source>
        <translation>Your role does not handle loans or hand-outs for colleagues.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="169" />
        <source>当前密码不正确，请重新输入。</source>
        <translation>The current password is wrong. Please type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="172" />
        <source>新密码不能与当前密码相同。</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="195" />
        <source>没有登录名为“{username}”的用户。</source>
        <translation>There is no user with the login name “{username}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/accounts/user_accounts.py" line="197" />
        <source>不能重置自己的密码：请用“修改密码”。</source>
        <translation>You cannot reset your own password: use “Change password”.</translation>
    </message>
</context>
<context>
    <name>AddPlaceDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="16" />
        <source>登记库房位置</source>
        <translation>Register a place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="19" />
        <source>如 东墙铁皮柜</source>
        <translation>e.g. steel cabinet, east wall</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="22" />
        <source>位置编号（%1）</source>
        <translation>Place code (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="23" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="24" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../desktop_crm/domain/composition.py" line="71" />
        <source>“{value}”不是有效的月份：请写成 2026-01 这样的年-月。</source>
        <translation>“{value}” is not a valid month: write year-month, e.g. 2026-01.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/composition.py" line="81" />
        <source>截止月份 {end} 早于起始月份 {start}，请对调。</source>
        <translation>The last month {end} is before the first month {start}; swap them.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/composition.py" line="84" />
        <source>分析期间最长十年，请缩短。</source>
        <translation>The period can be at most ten years; please shorten it.</translation>
    </message>
</context>
<context>
    <name>AnalysisDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="32" />
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="70" />
        <source>客户构成分析</source>
        <translation>Customer composition analysis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="39" />
        <source>起始月份</source>
        <translation>From month</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="40" />
        <source>截止月份</source>
        <translation>To month</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="41" />
        <source>生成并预览…</source>
        <translation>Make and preview…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="43" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="45" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="74" />
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/analysis/analysis_dialog.py" line="81" />
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="80" />
        <source>不能查询档案</source>
        <translation>Cannot query the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="80" />
        <source>%1：业务员不能查询客户档案。需要客户资料时，请向档案管理员申请发放（经理或业务经理同意后由档案管理员办理）。</source>
        <translation>%1: sales staff cannot query customer records. When you need customer data, ask the archive custodian for a hand-out (arranged by the custodian once a manager or business manager agrees).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="98" />
        <source>程序内部错误</source>
        <translation>Internal error</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="98" />
        <source>发生了意外错误：%1。已保存的内容没有改变。详情已写入 %2，请把该文件交给维护人员。</source>
        <translation>An unexpected error occurred: %1. Nothing saved has changed. The details are in %2; please give that file to whoever maintains the program.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="122" />
        <source>档案库在网络共享上</source>
        <translation>The archive is on a network share</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="126" />
        <location filename="../../desktop_crm/ui/app.py" line="129" />
        <source>无法打开档案库</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="130" />
        <source>打开档案库 %1 时出错：%2
请检查路径和权限。</source>
        <translation>Error opening archive %1: %2
Please check the path and permissions.</translation>
    </message>
</context>
<context>
    <name>AppraiseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="31" />
        <source>到期鉴定</source>
        <translation>Appraisal of expired volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="33" />
        <source>继续保存</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="34" />
        <source>拟销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="37" />
        <source>鉴定理由，如：客户仍有往来，继续保存</source>
        <translation>Reason, e.g. the customer still trades with us, keep</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="40" />
        <source>案卷</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="41" />
        <source>鉴定结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="43" />
        <source>继续保存期限</source>
        <translation>Keep for</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="44" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="46" />
        <source>记录鉴定</source>
        <translation>Record appraisal</translation>
    </message>
</context>
<context>
    <name>ArchiveRoomWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="23" />
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="51" />
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="52" />
        <source>库房位置</source>
        <translation>Archive room</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="26" />
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="34" />
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="26" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="26" />
        <source>活页卷</source>
        <translation>Binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="26" />
        <source>固定卷</source>
        <translation>Fixed volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="26" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="27" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="27" />
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="27" />
        <source>对象</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="27" />
        <source>原位置</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="27" />
        <source>新位置</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="38" />
        <source>上架与移动记录</source>
        <translation>Shelving and moves</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="39" />
        <source>尚未上架</source>
        <translation>Not shelved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="42" />
        <source>登记位置…</source>
        <translation>Register place…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="43" />
        <source>上架或移动…</source>
        <translation>Shelve or move…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="44" />
        <source>位置索引（按位置）…</source>
        <translation>Location index (by place)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="45" />
        <source>位置索引（按客户）…</source>
        <translation>Location index (by customer)…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="46" />
        <source>打印位置标签…</source>
        <translation>Print place labels…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="62" />
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="62" />
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="65" />
        <source>（首次上架）</source>
        <translation>(first shelved)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="69" />
        <source>尚未上架的活页卷 %1 个：%2

尚未上架的固定卷 %3 卷：%4</source>
        <translation>Binders not shelved: %1: %2

Fixed volumes not shelved: %3: %4</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="70" />
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="71" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="76" />
        <source>已登记库房位置 %1。</source>
        <translation>Place %1 registered.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="94" />
        <source>库房位置索引</source>
        <translation>Location index</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/archive_room_window.py" line="97" />
        <source>库房位置标签</source>
        <translation>Place labels</translation>
    </message>
</context>
<context>
    <name>AutomaticBackup</name>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="79" />
        <source>自动备份中断：{error}。没有留下备份文件。</source>
        <translation>The automatic backup stopped: {error}. No backup file was left.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="115" />
        <source>正在自动备份档案库…</source>
        <translation>Backing up the archive automatically…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="115" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="116" />
        <source>自动备份</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="128" />
        <source>自动备份未完成</source>
        <translation>Automatic backup not finished</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <location filename="../../desktop_crm/ui/common/background_job.py" line="26" />
        <source>操作中断：{error}。</source>
        <translation>The job stopped: {error}.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_crm/domain/backup_manifest.py" line="63" />
        <source>这不是档案管理台的备份文件。</source>
        <translation>This is not an Archive Desk backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/backup_manifest.py" line="75" />
        <source>备份的清单（manifest.json）已损坏，无法确认备份内容。</source>
        <translation>The backup's manifest (manifest.json) is damaged; its contents cannot be vouched for.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/backup_manifest.py" line="89" />
        <source>此备份由较新版本的程序制作（备份格式 {version}），请升级档案管理台后再恢复。</source>
        <translation>This backup was made by a newer program (backup format {version}). Upgrade Archive Desk, then restore.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/backup_manifest.py" line="92" />
        <source>此备份由较新版本的程序制作（结构版本 {version}，本程序支持到 {latest}）。请升级档案管理台后再恢复。</source>
        <translation>This backup was made by a newer program (schema {version}; this program supports up to {latest}). Upgrade Archive Desk, then restore.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/backup_manifest.py" line="97" />
        <source>备份中含有不属于档案库的文件名（{name}），已拒绝恢复。</source>
        <translation>The backup holds a file name that does not belong to an archive ({name}); the restore was refused.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/backup_manifest.py" line="99" />
        <source>备份清单说含有数据库，但备份中没有数据库文件。</source>
        <translation>The manifest says the backup holds the database, but there is no database file in it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="85" />
        <source>“{path}”已存在。备份不覆盖已有文件，请换一个文件名。</source>
        <translation>“{path}” already exists. A backup never overwrites a file; choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="88" />
        <source>备份不能放在档案库的扫描件目录（{folder}）里：请存到另一块硬盘、移动硬盘或网络位置。</source>
        <translation>A backup cannot go inside the archive's scan folder ({folder}): save it on another disk, a removable drive or a network location.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="114" />
        <source>备份已取消，没有留下备份文件。</source>
        <translation>The backup was cancelled; no backup file was left.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="135" />
        <source>档案库数据库的完整性检查未通过（{detail}），没有备份。请先运行 desktop-crm check 查明问题。</source>
        <translation>The archive database failed its integrity check ({detail}); nothing was backed up. Run desktop-crm check first to find the problem.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="150" />
        <source>扫描件 {name} 在档案库中缺失，未能备份。</source>
        <translation>Scan {name} is missing from the archive and could not be backed up.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="165" />
        <source>扫描件 {name} 在档案库中已被改动（内容与登记的 SHA-256 不符），备份中是它现在的样子。</source>
        <translation>Scan {name} has been altered in the archive (its content no longer matches its SHA-256); the backup holds it as it is now.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="206" />
        <source>写入的备份中的数据库未通过完整性检查。</source>
        <translation>The database in the written backup failed its integrity check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="210" />
        <source>备份写完后读回核对未通过（{reason}），没有留下备份文件。请检查目标磁盘后重试。</source>
        <translation>Reading the finished backup back failed ({reason}); no backup file was left. Check the target disk and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="231" />
        <source>尚无备份</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="233" />
        <source>上次备份：今天 {time}</source>
        <translation>Last backup: today {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="234" />
        <source>上次备份：{days} 天前（{date}）</source>
        <translation>Last backup: {days} days ago ({date})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/backup.py" line="263" />
        <source>尚未设定自动备份文件夹：请在设置中填写。</source>
        <translation>No folder is set for automatic backups: fill it in under Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="71" />
        <source>无法读取备份文件“{path}”：{reason}</source>
        <translation>Cannot read the backup file “{path}”: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="84" />
        <source>恢复时数据库须放在数据目录中：请只用 --data-dir 指定恢复到的文件夹。</source>
        <translation>When restoring, the database goes into the data folder: name the target folder with --data-dir only.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="87" />
        <source>“{folder}”中已有档案库。请恢复到一个新的空文件夹；如确要替换它，请明确选择替换（原档案库将改名保留）。</source>
        <translation>“{folder}” already holds an archive. Restore into a new, empty folder; to replace it, choose replace explicitly (the old archive is kept under another name).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="99" />
        <source>恢复档案库须由档案管理员办理：请用 --user 指明备份中档案管理员的用户名。</source>
        <translation>Only the archive custodian may restore: name the custodian's account in the backup with --user.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="105" />
        <source>备份中没有这个档案管理员账号，或密码不对：恢复须由备份中档案管理员的账号办理。</source>
        <translation>The backup has no such custodian account, or the password is wrong: a restore must be done with a custodian account of the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="117" />
        <source>找不到备份文件“{path}”。</source>
        <translation>Cannot find the backup file “{path}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="119" />
        <source>“{name}”是一次未完成的备份留下的临时文件，不能用于恢复。请选择正式的备份文件（.zip 或 .adbk）。</source>
        <translation>"{name}" is the temporary file of a backup that did not finish and cannot be restored. Choose a finished backup file (.zip or .adbk).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="160" />
        <source>恢复已取消，没有改动任何档案库。</source>
        <translation>The restore was cancelled; no archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="177" />
        <source>备份文件不能使用：{reason}没有改动任何档案库。</source>
        <translation>The backup cannot be used: {reason} No archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="180" />
        <source>备份文件已损坏（{reason}），没有改动任何档案库。</source>
        <translation>The backup file is damaged ({reason}); no archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="190" />
        <source>备份中的数据库文件不是有效的档案库，没有改动任何档案库。</source>
        <translation>The database file in the backup is not a valid archive; no archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="192" />
        <source>备份中的数据库未通过完整性检查（{detail}），没有改动任何档案库。</source>
        <translation>The database in the backup failed its integrity check ({detail}); no archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="195" />
        <source>备份中的数据库结构版本与清单不符，没有改动任何档案库。</source>
        <translation>The schema version of the database in the backup does not match the manifest; no archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="199" />
        <source>备份中缺少 {count} 份登记在册的扫描件，没有改动任何档案库。</source>
        <translation>The backup lacks {count} registered scans; no archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/restore.py" line="207" />
        <source>恢复档案库须由档案管理员办理。</source>
        <translation>Only the archive custodian may restore an archive.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="34" />
        <source>备份档案库</source>
        <translation>Back up the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="37" />
        <source>备份将包含数据库、全部扫描件和清单，写完后读回核对。请存到另一块硬盘、移动硬盘或网络位置。</source>
        <translation>The backup holds the database, every scan and a manifest, and is read back once written. Save it on another disk, a removable drive or a network location.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="41" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="46" />
        <source>加密（没有口令无法读取或恢复，请牢记口令）</source>
        <translation>Encrypt (without the passphrase it can be neither read nor restored — keep it safe)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="51" />
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="53" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="54" />
        <source>再输入一次</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="34" />
        <source>开始备份</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="66" />
        <source>备份保存到</source>
        <translation>Save the backup to</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="67" />
        <source>档案备份 (*.zip *.adbk)</source>
        <translation>Archive backups (*.zip *.adbk)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="77" />
        <source>口令至少8位。</source>
        <translation>The passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="80" />
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="84" />
        <source>请选择备份保存到哪里。</source>
        <translation>Choose where to save the backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="89" />
        <source>备份中断：{error}。没有留下备份文件。</source>
        <translation>The backup stopped: {error}. No backup file was left.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="89" />
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="93" />
        <source>已备份并核对：%1</source>
        <translation>Backed up and verified: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="94" />
        <source>客户 %2 户，文件 %3 份，扫描件 %4 份；%5 MB，%6。</source>
        <translation>%2 customers, %3 papers, %4 scans; %5 MB, %6.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="95" />
        <source>已加密</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="95" />
        <source>未加密</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="97" />
        <source>PostgreSQL 数据库不在此备份中，请由服务器备份（pg_dump）。</source>
        <translation>The PostgreSQL database is not in this backup; back it up on the server (pg_dump).</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/common/base_dialog.py" line="78" />
        <source>帮助</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="30" />
        <source>第一类 客户基础资料</source>
        <translation>Category 1: Basic customer data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="31" />
        <source>第二类 合同订单</source>
        <translation>Category 2: Contracts and orders</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="32" />
        <source>第三类 欠款还款</source>
        <translation>Category 3: Debts and repayments</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="33" />
        <source>第四类 交易状况</source>
        <translation>Category 4: Trade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="34" />
        <source>第五类 退赔折价</source>
        <translation>Category 5: Returns and discounts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="37" />
        <source>客户基础资料</source>
        <translation>Basic customer papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="38" />
        <location filename="../../desktop_crm/domain/binder_categories.py" line="69" />
        <source>合同订单</source>
        <translation>Contracts and orders</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="39" />
        <source>欠款还款</source>
        <translation>Debts and repayments</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="40" />
        <source>交易状况</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="41" />
        <source>退赔折价</source>
        <translation>Returns and discounts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="60" />
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="62" />
        <source>税务登记证</source>
        <translation>Tax registration certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="63" />
        <source>法人委托书</source>
        <translation>Legal representative's mandate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="64" />
        <source>客户背景资料</source>
        <translation>Background (visits, investigations)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="65" />
        <source>客户访问日报</source>
        <translation>Customer visit report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="66" />
        <source>客户投诉管理卡</source>
        <translation>Customer complaint card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="68" />
        <source>合同订单登记表</source>
        <translation>Contracts and orders register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="72" />
        <source>客户信用额度审批表</source>
        <translation>Credit limit approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="73" />
        <source>欠款还款情况登记表</source>
        <translation>Debt and repayment register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="74" />
        <source>欠款还款协议</source>
        <translation>Repayment agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="75" />
        <source>延期还款审批单</source>
        <translation>Deferred repayment approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="76" />
        <source>客户还款计划</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="77" />
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="78" />
        <source>信用额度</source>
        <translation>Credit amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="79" />
        <source>抵押保证登记</source>
        <translation>Collateral and guarantee register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="82" />
        <source>产品进出货情况登记表</source>
        <translation>Goods in/out register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="83" />
        <source>实际进货出货情况报告</source>
        <translation>Actual goods in/out report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="84" />
        <source>发货码单</source>
        <translation>Shipping list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="86" />
        <source>报关单</source>
        <translation>Customs declaration</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="88" />
        <source>成品出厂检验报告</source>
        <translation>Factory inspection report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="90" />
        <source>海关商检证明</source>
        <translation>Customs inspection certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="92" />
        <source>不良客户事件分析报告</source>
        <translation>Bad-customer incident analysis report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="93" />
        <source>其他交易资料</source>
        <translation>Other trade papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="95" />
        <source>退赔折价情况登记表</source>
        <translation>Returns and discounts register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="96" />
        <source>退赔折价审批表</source>
        <translation>Return/discount approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="97" />
        <source>退赔折价原因责任鉴定表</source>
        <translation>Return cause and responsibility assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="112" />
        <source>永久</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="112" />
        <source>30年</source>
        <translation>30 years</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="113" />
        <source>10年</source>
        <translation>10 years</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="50" />
        <source>{label}“{raw}”不是有效日期，请按 20240315 或 2024-03-15 填写。</source>
        <translation>{label} “{raw}” is not a valid date; write it as 20240315 or 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="74" />
        <source>请选择类别（1 至 5）。</source>
        <translation>Please choose the category (1 to 5).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="77" />
        <source>请选择文件种类。</source>
        <translation>Please choose the kind of paper.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="79" />
        <source>“{label}”属于{numbered_label}，不能归入{numbered_label2}。</source>
        <translation>“{label}” belongs to {numbered_label} and cannot be filed in {numbered_label2}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="89" />
        <source>请填写题名；原件无标题时可自拟，并勾选“自拟题名”。</source>
        <translation>Please enter the title; if the original has none, make one up and tick “Title made up”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="91" />
        <source>题名过长（{count}字），最多{MAX_TITLE}字。</source>
        <translation>The title is too long ({count} characters); at most {MAX_TITLE}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="98" />
        <source>归档年度“{value}”不合理，请填写四位年份。</source>
        <translation>The filing year “{value}” is not plausible; please enter a four-digit year.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="101" />
        <source>文件日期晚于今天，请核对。</source>
        <translation>The paper's date is after today; please check it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="110" />
        <source>页数应为1至5000的整数，现为“{pages_raw}”。</source>
        <translation>The page count must be a whole number from 1 to 5000; it is “{pages_raw}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="113" />
        <source>请选择保管期限：永久、30年或10年。</source>
        <translation>Please choose the retention period: permanent, 30 years or 10 years.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="121" />
        <source>合同订单“{value}”不存在，请从列表中选择。</source>
        <translation>Contract order "{value}" does not exist; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/document_values.py" line="123" />
        <source>“{label}”须注明对应的合同订单。</source>
        <translation>“{label}” must name the contract or order it belongs to.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/completeness.py" line="50" />
        <source>{category}：订单 {order} 缺{kind}</source>
        <translation>{category}: order {order} lacks its {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/completeness.py" line="53" />
        <source>{category}：已过期：{kind}</source>
        <translation>{category}: expired: {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/completeness.py" line="55" />
        <source>{category}：缺{kind}</source>
        <translation>{category}: missing {kind}</translation>
    </message>
</context>
<context>
    <name>BinderWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="80" />
        <source>活页卷 — %1 %2</source>
        <translation>Binder — %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="88" />
        <source>直接出口</source>
        <translation>Direct export</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="92" />
        <source>库房位置：%1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="92" />
        <source>未上架</source>
        <translation>not shelved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="96" />
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="276" />
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="112" />
        <source>缺件与过期</source>
        <translation>Missing and expired</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="125" />
        <source>归档年度</source>
        <translation>Archive year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="181" />
        <source>归档文件</source>
        <translation>File a paper</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="182" />
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="183" />
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="290" />
        <source>移至其他类别</source>
        <translation>Move to category</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="184" />
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="305" />
        <source>撤出</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="186" />
        <source>添加扫描件…</source>
        <translation>Add scans…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="187" />
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="341" />
        <source>查看扫描件</source>
        <translation>View scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="189" />
        <source>打印本类目录</source>
        <translation>Print catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="224" />
        <source>本卷规定文件齐全。</source>
        <translation>All prescribed papers are present.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="245" />
        <source>未能完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="293" />
        <source>移至</source>
        <translation>Move to</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="294" />
        <source>将记入更正记录，如：误归第一类，应为合同订单</source>
        <translation>Goes into the correction record, e.g. filed in category 1 by mistake, belongs with the contracts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="294" />
        <source>移动</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="304" />
        <source>撤出“%1”：文件不会被删除，撤出记录将保留。</source>
        <translation>Withdraw “%1”: the paper is not deleted and the withdrawal stays on record.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="305" />
        <source>撤出原因</source>
        <translation>Why it is withdrawn</translation>
    </message>
    <message>
        <source>移至：</source>
        <translation type="vanished">Move to:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="293" />
        <source>移动原因</source>
        <translation>Reason for the move</translation>
    </message>
    <message>
        <source>移动原因（将记入更正记录）：</source>
        <translation type="vanished">Reason for the move (goes into the correction record):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="302" />
        <source>撤出文件</source>
        <translation>Withdraw paper</translation>
    </message>
    <message>
        <source>撤出“%1”的原因（文件不会被删除，撤出记录将保留）：</source>
        <translation type="vanished">Reason for withdrawing "%1" (nothing is deleted; the record stays):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="312" />
        <source>添加扫描件</source>
        <translation>Add scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="312" />
        <source>请先选择要添加扫描件的文件。</source>
        <translation>Select the paper the scans belong to first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="314" />
        <source>选择扫描件</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="315" />
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="331" />
        <source>部分文件未添加</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="333" />
        <source>页数与扫描件不符</source>
        <translation>Page count and scans differ</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="341" />
        <source>这份文件还没有扫描件。</source>
        <translation>This paper has no scans yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="353" />
        <source>目录预览 — %1</source>
        <translation>Catalogue preview — %1</translation>
    </message>
</context>
<context>
    <name>Binders</name>
    <message>
        <location filename="../../desktop_crm/services/binders/papers.py" line="94" />
        <location filename="../../desktop_crm/services/binders/registers.py" line="55" />
        <source>所选合同订单不属于该客户或已撤销，请重新选择。</source>
        <translation>The chosen contract or order is not this customer's or has been withdrawn; please choose again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/catalogue.py" line="23" />
        <location filename="../../desktop_crm/services/binders/completeness.py" line="79" />
        <location filename="../../desktop_crm/services/binders/papers.py" line="120" />
        <location filename="../../desktop_crm/services/binders/registers.py" line="75" />
        <source>该客户不存在。</source>
        <translation>This customer does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/papers.py" line="158" />
        <source>此文件条目已被他人修改，您的修改没有覆盖它。请重新打开后再修改。</source>
        <translation>Someone else changed this paper's entry; your changes did not overwrite it. Please reopen it and correct it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/papers.py" line="178" />
        <source>移动已归档的文件须写明原因。</source>
        <translation>Moving a filed paper needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/papers.py" line="188" />
        <source>撤出已归档的文件须写明原因。</source>
        <translation>Withdrawing a filed paper needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/papers.py" line="193" />
        <source>此文件条目已被他人修改，请重新打开后再操作。</source>
        <translation>Someone else changed this paper's entry; please reopen it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/papers.py" line="203" />
        <location filename="../../desktop_crm/services/binders/scans.py" line="46" />
        <source>该文件不存在或已撤出。</source>
        <translation>This paper does not exist or has been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/papers.py" line="242" />
        <source>该文件不存在。</source>
        <translation>This paper does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/registers.py" line="62" />
        <source>合同/订单号 {value} 已在登记表中，不能重复登记。</source>
        <translation>Contract/order number {value} is already in the register and cannot be entered twice.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/registers.py" line="111" />
        <location filename="../../desktop_crm/services/binders/registers.py" line="138" />
        <source>该登记条目不存在或已撤销。</source>
        <translation>This register entry does not exist or has been withdrawn.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/registers.py" line="113" />
        <source>该登记条目已被他人修改，您的修改没有覆盖它。请重新打开后再修改。</source>
        <translation>Someone else changed this register entry; your changes did not overwrite it. Please reopen it and correct it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/registers.py" line="129" />
        <source>撤销登记条目须写明原因。</source>
        <translation>Withdrawing a register entry needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/registers.py" line="159" />
        <source>该登记条目不存在。</source>
        <translation>This register entry does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/frozen.py" line="35" />
        <source>{year}年度{category}已立卷（{code}），不能再归入、移入或重新编号；请归入当前年度，或在年度立卷中为该卷登记更正记录。</source>
        <translation>{category} of {year} is bound ({code}): nothing may be filed into it, moved into it or renumbered. File it in the current year, or record a correction against the volume in the year-end binding.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/frozen.py" line="40" />
        <source>{year}年度已立卷（或正在立卷），不能再归入该年度的文件；请归入当前年度，或在年度立卷中为相关案卷登记更正记录。</source>
        <translation>{year} is bound (or being bound): no paper can be filed into that year any more. File it in the current year, or record a correction against the volume concerned in the year-end binding.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/frozen.py" line="49" />
        <source>此文件已装订入固定卷 {code}，不能再修改、移动或撤出；如需更正，请在年度立卷中为该卷登记更正记录。</source>
        <translation>This paper is bound in fixed volume {code} and can no longer be changed, moved or withdrawn; to correct it, record a correction against the volume in the year-end binding.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/scans.py" line="55" />
        <source>“{name}”已经是这份文件的扫描件。</source>
        <translation>“{name}” is already a scan of this paper.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/scans.py" line="66" />
        <source>这份文件登记为{claimed}页，扫描件共有{total}页。请核对并更正页数，否则年度立卷时将作为问题列出。</source>
        <translation>This paper is recorded as {claimed} pages but its scans have {total}. Please check and correct the page count, or the year-end check will list it as a problem.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/scans.py" line="173" />
        <source>扫描件 {name} 缺失</source>
        <translation>Scan {name} is missing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/binders/scans.py" line="174" />
        <source>扫描件 {name} 已被改动（内容与哈希不符）</source>
        <translation>Scan {name} has been altered (its content does not match its hash)</translation>
    </message>
</context>
<context>
    <name>BorrowDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="45" />
        <source>客户资料借阅表</source>
        <translation>Borrow slip</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="51" />
        <source>例如 核对合同条款</source>
        <translation>e.g. check contract terms</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="52" />
        <source>登记编号，如 QY-000123</source>
        <translation>Registered number, e.g. QY-000123</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="53" />
        <source>载入</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="58" />
        <source>文件</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="58" />
        <source>借出情况</source>
        <translation>Loan state</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="66" />
        <source>借阅人有逾期借阅单时必填</source>
        <translation>Required when the borrower has an overdue slip</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="75" />
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="76" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="77" />
        <source>借阅目的 *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="78" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="80" />
        <source>借出日期</source>
        <translation>Date out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="81" />
        <source>应还日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="82" />
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="83" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="84" />
        <source>逾期仍借理由</source>
        <translation>Reason to lend despite overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="86" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="106" />
        <source>注意：%1 有逾期未还的借阅单 %2，须归还或写明理由后才能再借。</source>
        <translation>Note: %1 has overdue slips %2; they must be returned, or a reason written, before borrowing again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="125" />
        <source>原件，不外借</source>
        <translation>Original, not lent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="125" />
        <source>已借出：%1</source>
        <translation>Out: %1</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="26" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="27" />
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="55" />
        <source>基础资料</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="56" />
        <source>主要人员</source>
        <translation>Key people</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="57" />
        <source>客户特征</source>
        <translation>Characteristics</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="58" />
        <source>业务状况</source>
        <translation>Business situation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="59" />
        <source>交易活动现状</source>
        <translation>Current trading</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="60" />
        <source>分类</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="79" />
        <source>政府机构</source>
        <translation>Government body</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="79" />
        <source>特殊公司</source>
        <translation>Special company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="80" />
        <source>普通公司</source>
        <translation>Ordinary company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="80" />
        <source>个人顾客</source>
        <translation>Individual customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="81" />
        <source>交易伙伴</source>
        <translation>Trading partner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="93" />
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="93" />
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="94" />
        <location filename="../../desktop_crm/domain/customer_card.py" line="96" />
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="94" />
        <source>风险</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="94" />
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="95" />
        <source>特殊</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="111" />
        <source>潜在</source>
        <translation>Prospective</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="111" />
        <source>往来</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="112" />
        <source>不良</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="112" />
        <source>已清除</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="119" />
        <source>国有</source>
        <translation>State-owned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="119" />
        <source>集体</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="119" />
        <source>私营</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="119" />
        <source>股份制</source>
        <translation>Joint-stock</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="120" />
        <source>外商投资</source>
        <translation>Foreign-invested</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="120" />
        <source>港澳台投资</source>
        <translation>HK/Macao/Taiwan-invested</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="120" />
        <source>个体</source>
        <translation>Sole trader</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="120" />
        <location filename="../../desktop_crm/domain/customer_card.py" line="123" />
        <location filename="../../desktop_crm/domain/customer_card.py" line="127" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="121" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="121" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="122" />
        <source>生产厂家</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="122" />
        <source>批发商</source>
        <translation>Wholesaler</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="122" />
        <source>零售商</source>
        <translation>Retailer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="123" />
        <source>代理商</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="123" />
        <source>终端用户</source>
        <translation>End user</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="126" />
        <source>销售代表整理</source>
        <translation>Compiled by a sales representative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="126" />
        <source>客户填写的资料表</source>
        <translation>Information form filled in by the customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="127" />
        <source>专业调查机构</source>
        <translation>Professional credit agency</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="152" />
        <source>所有者姓名</source>
        <translation>Owner's name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="152" />
        <source>所有者性格</source>
        <translation>Owner's character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="153" />
        <source>所有者家庭</source>
        <translation>Owner's family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="153" />
        <source>所有者学历</source>
        <translation>Owner's education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="154" />
        <source>所有者年龄</source>
        <translation>Owner's age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="154" />
        <source>所有者能力</source>
        <translation>Owner's ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="155" />
        <source>经营管理者姓名</source>
        <translation>Manager's name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="155" />
        <source>经营管理者性格</source>
        <translation>Manager's character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="156" />
        <source>经营管理者家庭</source>
        <translation>Manager's family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="156" />
        <source>经营管理者学历</source>
        <translation>Manager's education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="157" />
        <source>经营管理者年龄</source>
        <translation>Manager's age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="157" />
        <source>经营管理者能力</source>
        <translation>Manager's ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="158" />
        <source>法人代表姓名</source>
        <translation>Legal rep.'s name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="158" />
        <source>法人代表性格</source>
        <translation>Legal rep.'s character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="159" />
        <source>法人代表家庭</source>
        <translation>Legal rep.'s family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="159" />
        <source>法人代表学历</source>
        <translation>Legal rep.'s education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="160" />
        <source>法人代表年龄</source>
        <translation>Legal rep.'s age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="160" />
        <source>法人代表能力</source>
        <translation>Legal rep.'s ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="165" />
        <source>所有者</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="165" />
        <source>经营管理者</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="166" />
        <source>法人代表</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="167" />
        <source>性格</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="168" />
        <source>家庭</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="168" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="169" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="169" />
        <source>能力</source>
        <translation>Ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="187" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="188" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="190" />
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="192" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="193" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="194" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="195" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="196" />
        <source>联系人职务</source>
        <translation>Contact's title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="197" />
        <source>联系人手机</source>
        <translation>Contact's mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="198" />
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="199" />
        <source>开始往来日期</source>
        <translation>Trading since</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="200" />
        <source>开票地址</source>
        <translation>Invoice address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="201" />
        <source>开票电话</source>
        <translation>Invoice phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="202" />
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="203" />
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="204" />
        <source>资产情况</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="205" />
        <source>收入情况</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="206" />
        <source>负债情况</source>
        <translation>Debts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="207" />
        <source>信息来源</source>
        <translation>Information source</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="208" />
        <source>登记时标明采集信息的来源</source>
        <translation>Where the information on this card was collected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="209" />
        <source>采集日期</source>
        <translation>Date collected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="210" />
        <source>登记时标明采集信息的日期</source>
        <translation>When the information on this card was collected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="216" />
        <source>服务区域</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="217" />
        <source>销售能力</source>
        <translation>Sales capacity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="218" />
        <source>发展潜力</source>
        <translation>Development potential</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="219" />
        <source>经营观念</source>
        <translation>Business philosophy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="220" />
        <source>经营方针与政策</source>
        <translation>Business policies</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="221" />
        <source>员工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="222" />
        <source>年销售额（万元）</source>
        <translation>Annual sales (10k CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="223" />
        <source>经营管理特点</source>
        <translation>Management style</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="225" />
        <source>目前销售业绩</source>
        <translation>Current sales performance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="226" />
        <source>以往销售业绩</source>
        <translation>Past sales performance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="227" />
        <source>经营管理者和业务人员素质</source>
        <translation>Quality of managers and staff</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="228" />
        <source>与竞争者的关系</source>
        <translation>Relations with competitors</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="229" />
        <source>与本公司的关系及合作态度</source>
        <translation>Relations and cooperation with us</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="231" />
        <source>销售活动现状</source>
        <translation>Current sales activity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="232" />
        <source>存在的问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="233" />
        <source>保持的优势</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="234" />
        <source>未来的对策</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="235" />
        <source>企业形象与声誉</source>
        <translation>Image and reputation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="236" />
        <source>信用状况</source>
        <translation>Credit standing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="237" />
        <source>交易条件</source>
        <translation>Trade terms</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="238" />
        <source>以往出现的信用问题</source>
        <translation>Past credit problems</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="240" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="241" />
        <source>所有制</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="243" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="244" />
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="246" />
        <source>客户名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="248" />
        <source>客户等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="249" />
        <source>按月均或年度销售额划分</source>
        <translation>By average monthly or yearly sales</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="250" />
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="252" />
        <source>路线区域</source>
        <translation>Route region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="254" />
        <source>路线顺序</source>
        <translation>Route sequence</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="255" />
        <source>客户经理</source>
        <translation>Customer manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="257" />
        <source>负责该客户的经理或业务经理：发放资料的同意和审批先送此人</source>
        <translation>The manager or business manager responsible for this customer: hand-out consents and approvals go to this person first</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="258" />
        <source>重要性</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="260" />
        <source>直接出口</source>
        <translation>Direct export</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="261" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="167" />
        <location filename="../../desktop_crm/domain/customer_card.py" line="278" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="278" />
        <source>单位名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="47" />
        <source>{label}“{raw}”不是有效日期，请按 2024-03-15 的格式填写。</source>
        <translation>{label} “{raw}” is not a valid date; write it as 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="51" />
        <source>{label}应填整数，现为“{raw}”。</source>
        <translation>{label} must be a whole number; it is “{raw}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="54" />
        <source>{label}不能为负数。</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="56" />
        <source>{label}“{raw}”大得不合理，请核对。</source>
        <translation>{label} "{raw}" is implausibly large; please check it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="65" />
        <source>{label}过长（{count}字），最多{max_length}字。</source>
        <translation>{label} is too long ({count} characters); at most {max_length}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="67" />
        <source>{label}“{text}”不是可选值，请从 {value} 中选择。</source>
        <translation>{label} “{text}” is not one of the choices; choose from {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="79" />
        <source>{label}：{message}</source>
        <translation>{label}: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="101" />
        <source>请填写{label}。</source>
        <translation>Please fill in {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/card_values.py" line="106" />
        <source>采集日期晚于今天，请核对。</source>
        <translation>The date collected is after today; please check it.</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_desk.py" line="40" />
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_desk.py" line="50" />
        <source>无法恢复草稿</source>
        <translation>Cannot restore draft</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_desk.py" line="118" />
        <source>名称相近</source>
        <translation>Similar name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_desk.py" line="118" />
        <source>确认是另一个客户并继续保存吗？</source>
        <translation>Is this really a different customer? Save anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_desk.py" line="128" />
        <source>档案卡已被他人更正</source>
        <translation>Card was corrected by someone else</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="51" />
        <source>建卡</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="52" />
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="78" />
        <source>新建客户档案卡</source>
        <translation>New customer card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="78" />
        <source>客户档案卡 %1</source>
        <translation>Customer card %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="99" />
        <source>更正记录</source>
        <translation>Correction record</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="108" />
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="109" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="148" />
        <source>%1客户 · 登记编号保存后自动生成</source>
        <translation>%1 customer · number assigned on save</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="150" />
        <source>%1客户 · 登记编号 %2 · 第 %3 版 · 最近更正 %4</source>
        <translation>%1 customer · No. %2 · version %3 · last corrected %4</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="153" />
        <source>库房位置 %1</source>
        <translation>Archive room place %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="153" />
        <source>活页卷未上架</source>
        <translation>binder not shelved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="194" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="194" />
        <source>更正人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="194" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="194" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="194" />
        <source>原内容</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="195" />
        <source>新内容</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="195" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="307" />
        <source>提示：档案中已有名称相近的客户：%1</source>
        <translation>Note: customers with similar names exist: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="317" />
        <source>放弃更改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="317" />
        <source>档案卡有未保存的更改。要放弃这些更改吗？</source>
        <translation>The card has unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <location filename="../../desktop_crm/services/cards/card_state.py" line="33" />
        <location filename="../../desktop_crm/services/cards/customers.py" line="133" />
        <location filename="../../desktop_crm/services/cards/customers.py" line="175" />
        <source>该客户档案卡不存在或已被移除。</source>
        <translation>This customer card does not exist or has been removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/customers.py" line="70" />
        <source>{label} {code} 已登记在 {number}（{name}）名下，同一客户不能重复建卡。请打开已有档案卡进行更正。</source>
        <translation>{label} {code} is already registered under {number} ({name}); one customer cannot have two cards. Please open the existing card and correct it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/customers.py" line="163" />
        <source>其他用户</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/customers.py" line="164" />
        <source>此档案卡已由{name}于 {at} 更正保存，您的修改没有覆盖它。请关闭后重新打开档案卡，核对最新内容后再更正。</source>
        <translation>This card was corrected and saved by {name} at {at}; your changes did not overwrite it. Please close and reopen the card, check the latest content, then correct it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/customers.py" line="185" />
        <location filename="../../desktop_crm/services/cards/grading.py" line="79" />
        <source>没有登记编号为 {number} 的客户。</source>
        <translation>There is no customer with registered number {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/grading.py" line="87" />
        <source>客户等级应为 A、B、C 或 D。</source>
        <translation>The grade is A, B, C or D.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/grading.py" line="106" />
        <source>{number} 的等级不是手定的。</source>
        <translation>{number}'s grade was not set by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/account_managers.py" line="60" />
        <source>有 {count} 位同事叫“{name}”：请填写其登录名。</source>
        <translation>{count} colleagues are called "{name}": please give the login name.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/account_managers.py" line="62" />
        <source>“{name}”不是在职的经理或业务经理，不能作为客户经理：请从列表中选择，或先在用户管理中登记此人。</source>
        <translation>"{name}" is not a manager or business manager in service and cannot be the customer manager: choose from the list, or first add this person in user management.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/account_managers.py" line="87" />
        <source>客户经理本人办理</source>
        <translation>By the customer's own manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/account_managers.py" line="89" />
        <source>按角色办理（该客户的客户经理为{name}）</source>
        <translation>By role (the customer's manager is {name})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/account_managers.py" line="90" />
        <source>按角色办理（该客户未指定客户经理或其已离职）</source>
        <translation>By role (no customer manager named, or they have left)</translation>
    </message>
</context>
<context>
    <name>CarryOutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="98" />
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="112" />
        <source>执行销毁</source>
        <translation>Carry out destruction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="104" />
        <source>清册</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="105" />
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="106" />
        <source>监销人</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="108" />
        <source>执行后，清册中的案卷标记为已销毁，其扫描件从档案库删除，不能恢复；案卷目录、备考表和本清册永久留存。</source>
        <translation>The volumes on the list will be marked destroyed and their scans removed from the archive for good; their catalogues, remarks sheets and this list are kept permanently.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="14" />
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="30" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="18" />
        <source>%1，您正在使用档案管理员给的临时密码。请先设定自己的密码再继续。</source>
        <translation>%1, you are signed in with a temporary password from the custodian. Set your own password before going on.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="21" />
        <source>密码至少8位，须同时含有字母和数字。修改会记入更正记录（不记录密码本身）。</source>
        <translation>At least 8 characters, with both letters and digits. The change is recorded in the history (the password itself never is).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="26" />
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="26" />
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="27" />
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="28" />
        <source>再输入一次</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="30" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/password_dialog.py" line="30" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="53" />
        <source>客户档案管理台 Archive Desk — 客户档案卡、五大类活页卷与年度固定卷。</source>
        <translation>Archive Desk — customer cards, the five loose-leaf binder categories and the yearly fixed volumes.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="56" />
        <source>SQLite 文件路径或 postgresql://用户@主机/库名（默认：数据目录中的 archive.sqlite3）</source>
        <translation>SQLite file path or postgresql://user@host/dbname (default: archive.sqlite3 in the data folder)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="57" />
        <source>数据目录（默认：系统的用户数据目录）</source>
        <translation>data folder (default: the system's user data folder)</translation>
    </message>
    <message>
        <source>界面语言（默认 zh_CN）</source>
        <translation type="vanished">language (default zh_CN)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="59" />
        <source>界面语言（默认 zh_CN；窗口默认用“帮助 → 语言”中的选择）</source>
        <translation>interface language (default zh_CN; the window uses the choice under Help → Language)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="60" />
        <source>以该用户身份执行（密码取自环境变量 DESKTOP_CRM_PASSWORD，否则提示输入）</source>
        <translation>act as this user (password from the environment variable DESKTOP_CRM_PASSWORD, else a prompt)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="61" />
        <source>命令</source>
        <translation>command</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="62" />
        <source>打开图形界面（默认）</source>
        <translation>open the window (default)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="79" />
        <source>注意：{warning}</source>
        <translation>Note: {warning}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="118" />
        <source>拒绝：{reason}</source>
        <translation>Refused: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="121" />
        <location filename="../../desktop_crm/cli/__init__.py" line="140" />
        <source>输入有误：{reason}</source>
        <translation>Bad input: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="124" />
        <location filename="../../desktop_crm/cli/__init__.py" line="128" />
        <source>错误：{reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="130" />
        <source>数据库错误：{error}。请运行 desktop-crm check 检查档案库，必要时从备份恢复。</source>
        <translation>Database error: {error}. Run desktop-crm check to check the archive and restore from a backup if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="133" />
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/__init__.py" line="144" />
        <source>程序内部错误（{kind}）：{error}。已保存的内容没有改变；详情已写入 {log}，请把该文件交给维护人员。</source>
        <translation>Internal error ({kind}): {error}. Nothing saved has changed; the details are in {log} — please give that file to whoever maintains the desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="22" />
        <source>修改自己的密码（新密码取自 {env}，否则提示输入两次）</source>
        <translation>change your own password (the new one from {env}, else asked twice)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="25" />
        <source>用户（档案管理员）</source>
        <translation>users (custodian)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="26" />
        <location filename="../../desktop_crm/cli/cards.py" line="15" />
        <location filename="../../desktop_crm/cli/exchange.py" line="24" />
        <location filename="../../desktop_crm/cli/grades.py" line="15" />
        <location filename="../../desktop_crm/cli/retention.py" line="18" />
        <location filename="../../desktop_crm/cli/reviews.py" line="25" />
        <location filename="../../desktop_crm/cli/shelves.py" line="17" />
        <location filename="../../desktop_crm/cli/shelves.py" line="29" />
        <location filename="../../desktop_crm/cli/year_end.py" line="31" />
        <location filename="../../desktop_crm/cli/year_end.py" line="47" />
        <source>子命令</source>
        <translation>subcommand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="27" />
        <source>列出用户</source>
        <translation>list the users</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="29" />
        <source>把同事的密码重置为临时密码（取自 {env}，否则自动生成并显示）</source>
        <translation>reset a colleague's password to a temporary one (from {env}, else generated and shown)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="30" />
        <source>同事的登录名</source>
        <translation>the colleague's user name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="32" />
        <source>登录记录（成功与失败），最近的在前</source>
        <translation>sign-ins (succeeded and failed), newest first</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="33" />
        <source>只列出失败的登录</source>
        <translation>only the failed sign-ins</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="34" />
        <source>最多列出多少条（默认 50）</source>
        <translation>list at most this many (default 50)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="34" />
        <location filename="../../desktop_crm/cli/cards.py" line="19" />
        <location filename="../../desktop_crm/cli/reviews.py" line="29" />
        <source>条数</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="43" />
        <source>请在环境变量 {env} 中提供新密码。</source>
        <translation>Please give the new password in the environment variable {env}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="44" />
        <source>新密码：</source>
        <translation>New password: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="49" />
        <source>当前密码：</source>
        <translation>Current password: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="52" />
        <source>{name}的密码已修改。</source>
        <translation>{name}'s password has been changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="60" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="60" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="60" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="60" />
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <location filename="../../desktop_crm/cli/retention.py" line="103" />
        <location filename="../../desktop_crm/cli/reviews.py" line="68" />
        <location filename="../../desktop_crm/cli/shelves.py" line="74" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="68" />
        <source>已把 {user} 的密码重置为临时密码，对方下次登录时须修改。</source>
        <translation>{user}'s password was reset to a temporary one, to be changed at the next sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="70" />
        <source>临时密码：{password}</source>
        <translation>Temporary password: {password}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="60" />
        <location filename="../../desktop_crm/cli/accounts.py" line="78" />
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="76" />
        <source>成功</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="76" />
        <source>失败</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="78" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/arguments.py" line="18" />
        <source>“{text}”不是有效的年度：请写四位年份，如 2025（{first}–{last}）。</source>
        <translation>“{text}” is not a valid year: write four digits, e.g. 2025 ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/arguments.py" line="26" />
        <source>“{text}”不是有效的{what}：应为 {lowest} 到 {highest} 之间的整数。</source>
        <translation>“{text}” is not a valid {what}: a whole number from {lowest} to {highest}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/arguments.py" line="30" />
        <source>数量</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/arguments.py" line="40" />
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <location filename="../../desktop_crm/cli/retention.py" line="103" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/arguments.py" line="44" />
        <source>随机种子</source>
        <translation>random seed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/arguments.py" line="51" />
        <source>“{text}”不是有效日期：请按 2026-03-15 的格式填写。</source>
        <translation>“{text}” is not a valid date: write it as 2026-03-15.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/arguments.py" line="53" />
        <source>“{text}”的年份不合理（{first}–{last}）。</source>
        <translation>The year of “{text}” is not plausible ({first}–{last}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/binders.py" line="16" />
        <source>打印某客户某类别某年度的档案目录（PDF）</source>
        <translation>print the catalogue of one customer's category for a year (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/binders.py" line="17" />
        <location filename="../../desktop_crm/cli/grades.py" line="18" />
        <location filename="../../desktop_crm/cli/grades.py" line="23" />
        <location filename="../../desktop_crm/cli/reviews.py" line="33" />
        <source>登记编号，例如 QY-000123</source>
        <translation>registered number, e.g. QY-000123</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/binders.py" line="18" />
        <source>类别 1..5</source>
        <translation>category 1..5</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/binders.py" line="19" />
        <source>归档年度，例如 2026</source>
        <translation>filing year, e.g. 2026</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/binders.py" line="20" />
        <location filename="../../desktop_crm/cli/retention.py" line="50" />
        <location filename="../../desktop_crm/cli/reviews.py" line="38" />
        <location filename="../../desktop_crm/cli/rosters.py" line="31" />
        <location filename="../../desktop_crm/cli/shelves.py" line="43" />
        <location filename="../../desktop_crm/cli/shelves.py" line="47" />
        <location filename="../../desktop_crm/cli/year_end.py" line="37" />
        <location filename="../../desktop_crm/cli/year_end.py" line="50" />
        <source>输出的 PDF 文件</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/analysis.py" line="16" />
        <source>客户构成分析：销售、商品、地区、信用与客户增减（PDF 或 Excel）</source>
        <translation>customer composition analysis: sales, products, regions, credit and customers gained and lost (PDF or Excel)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/analysis.py" line="17" />
        <source>起始月份，如 2026-01</source>
        <translation>first month, e.g. 2026-01</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/analysis.py" line="18" />
        <source>截止月份，如 2026-12</source>
        <translation>last month, e.g. 2026-12</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/analysis.py" line="19" />
        <source>输出文件：.pdf（表和图）或 .xlsx（表）</source>
        <translation>output file: .pdf (tables and charts) or .xlsx (tables)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/analysis.py" line="26" />
        <source>输出文件名须以 .pdf 或 .xlsx 结尾，例如 客户构成分析.pdf。</source>
        <translation>The output file name must end in .pdf or .xlsx, e.g. 客户构成分析.pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/analysis.py" line="29" />
        <location filename="../../desktop_crm/cli/binders.py" line="28" />
        <location filename="../../desktop_crm/cli/retention.py" line="110" />
        <location filename="../../desktop_crm/cli/reviews.py" line="83" />
        <location filename="../../desktop_crm/cli/rosters.py" line="61" />
        <location filename="../../desktop_crm/cli/rosters.py" line="69" />
        <location filename="../../desktop_crm/cli/shelves.py" line="92" />
        <location filename="../../desktop_crm/cli/shelves.py" line="98" />
        <location filename="../../desktop_crm/cli/year_end.py" line="110" />
        <location filename="../../desktop_crm/cli/year_end.py" line="119" />
        <source>已写出 {path}</source>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="14" />
        <source>客户档案卡</source>
        <translation>customer cards</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="16" />
        <source>列出客户（与界面搜索框相同的检索）</source>
        <translation>list customers (the same search as the window's search box)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="17" />
        <source>名称任意片段、拼音首字母、登记编号、信用代码或电话</source>
        <translation>any part of the name, pinyin initials, registered number, credit code or phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="18" />
        <location filename="../../desktop_crm/cli/credit.py" line="19" />
        <location filename="../../desktop_crm/cli/retention.py" line="21" />
        <location filename="../../desktop_crm/cli/reviews.py" line="21" />
        <location filename="../../desktop_crm/cli/reviews.py" line="28" />
        <location filename="../../desktop_crm/cli/shelves.py" line="35" />
        <source>输出格式</source>
        <translation>output format</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="19" />
        <source>最多列出多少户（0 表示全部）</source>
        <translation>list at most this many customers (0 for all)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="20" />
        <source>包括已清除的客户</source>
        <translation>include cleared customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <location filename="../../desktop_crm/cli/credit.py" line="25" />
        <location filename="../../desktop_crm/cli/credit.py" line="37" />
        <location filename="../../desktop_crm/cli/reviews.py" line="67" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <source>客户名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <location filename="../../desktop_crm/cli/grades.py" line="19" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <source>信用</source>
        <translation>Credit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <source>重要性</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="33" />
        <source>共 {total} 户，列出前 {limit} 户</source>
        <translation>{total} customers, the first {limit} listed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="34" />
        <source>共 {total} 户</source>
        <translation>{total} customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="18" />
        <source>向同事发放客户资料（按接收人角色只含允许的字段）</source>
        <translation>hand customer data to a colleague (only the fields the recipient's role may have)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/cards.py" line="29" />
        <location filename="../../desktop_crm/cli/control.py" line="19" />
        <location filename="../../desktop_crm/cli/credit.py" line="25" />
        <location filename="../../desktop_crm/cli/credit.py" line="37" />
        <location filename="../../desktop_crm/cli/reviews.py" line="67" />
        <location filename="../../desktop_crm/cli/rosters.py" line="23" />
        <location filename="../../desktop_crm/cli/rosters.py" line="24" />
        <source>登记编号</source>
        <translation>Registered number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="20" />
        <source>接收人的登录名</source>
        <translation>the recipient's user name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="21" />
        <source>输出文件：.xlsx 或 .pdf</source>
        <translation>output file: .xlsx or .pdf</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="22" />
        <source>同意发放的客户经理（经理或业务经理）的登录名；经理本人办理时可省略</source>
        <translation>user name of the customer manager (manager or business manager) who consents; may be left out when a manager hands out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="23" />
        <source>用途</source>
        <translation>purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="24" />
        <source>收回日期 YYYY-MM-DD（客户服务等接收完整资料时；默认14天后）</source>
        <translation>recall date YYYY-MM-DD (when customer service and the like receive full data; default 14 days later)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="33" />
        <location filename="../../desktop_crm/cli/control.py" line="38" />
        <source>没有登录名为 {user} 的用户。</source>
        <translation>There is no user named {user}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="43" />
        <source>收回日期请按 YYYY-MM-DD 填写。</source>
        <translation>Please write the recall date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="47" />
        <source>已发放 {number}：{customer} → {recipient}（{fields}），须于 {date} 前收回。</source>
        <translation>Handed out {number}: {customer} → {recipient} ({fields}); to be recalled by {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/control.py" line="51" />
        <source>已发放 {number}：{customer} → {recipient}（{fields}）。</source>
        <translation>Handed out {number}: {customer} → {recipient} ({fields}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="14" />
        <source>信用报表</source>
        <translation>credit reports</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="15" />
        <source>报表</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="16" />
        <source>欠款账龄：每户余额、逾期和账龄分段，及全部合计</source>
        <translation>ageing of debts: balance, overdue and ageing buckets per customer, with the totals</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="17" />
        <source>不良客户候选及其符合的情形</source>
        <translation>bad-customer candidates and the rules they meet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="25" />
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="25" />
        <location filename="../../desktop_crm/cli/reviews.py" line="65" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="29" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="29" />
        <source>{count} 户</source>
        <translation>{count} customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/credit.py" line="37" />
        <source>情形</source>
        <translation>Rules met</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="16" />
        <source>生成演示档案（各角色演示账号与客户档案卡）</source>
        <translation>make a demo archive (demo accounts for every role and customer cards)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="17" />
        <source>客户数量（默认 2000）</source>
        <translation>number of customers (default 2000)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="17" />
        <source>客户数量</source>
        <translation>number of customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="18" />
        <source>随机种子，相同种子生成相同数据</source>
        <translation>random seed; the same seed makes the same data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="19" />
        <source>演示账号的密码（默认 demo1234）</source>
        <translation>password of the demo accounts (default demo1234)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="20" />
        <source>活页卷数量</source>
        <translation>number of binders</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="21" />
        <source>为前多少户客户建立演示活页卷（文件、登记表，默认 2000）</source>
        <translation>make demo binders for the first this many customers (papers and registers, default 2000)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="29" />
        <source>客户数量不能为负数。</source>
        <translation>The number of customers cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="35" />
        <source>生成客户档案</source>
        <translation>Making customer cards</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="42" />
        <source>建立 {count} 户的活页卷、借阅、扫描件和信用资料</source>
        <translation>Making binders, loans, scans and credit records for {count} customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/demo.py" line="48" />
        <source>完成：{made} 户客户档案用时 {seconds} 秒（每秒 {rate} 户）；活页卷文件 {papers} 份；共用时 {whole}。演示账号 dangan / jingli / yewujingli / kefu / yewuyuan，密码 {password}。</source>
        <translation>Done: {made} customer cards in {seconds} s ({rate} a second); {papers} binder papers; {whole} in all. Demo accounts dangan / jingli / yewujingli / kefu / yewuyuan, password {password}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="23" />
        <source>导入客户名册（.xlsx 或 .csv）</source>
        <translation>import a customer roster (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="25" />
        <source>导入客户档案卡：先检查每一行，全部无误才写入，且可整批撤销</source>
        <translation>import customer cards: every row is checked first, nothing is written unless all are right, and the import can be undone as a whole</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="26" />
        <source>名册文件（.xlsx 的第一个工作表，或 UTF-8/GB18030 的 .csv）</source>
        <translation>roster file (the first sheet of an .xlsx, or a UTF-8/GB18030 .csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="27" />
        <source>只检查，不写入</source>
        <translation>check only, write nothing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="29" />
        <source>信用代码或身份证号已在档案中时：skip 跳过（默认），update 按名册更新</source>
        <translation>when the credit code or ID number is already in the archive: skip (default) or update from the roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="30" />
        <source>列名=字段</source>
        <translation>heading=field</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="31" />
        <source>指定某列对应的字段，如 “客户全称=单位名称”；“列名=不导入” 忽略该列</source>
        <translation>say which field a column holds, e.g. “客户全称=单位名称”; “heading=不导入” ignores the column</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="32" />
        <source>把问题清单写到 .xlsx 或 .csv 文件</source>
        <translation>write the list of problems to an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="34" />
        <source>列出导入记录</source>
        <translation>list the imports</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="36" />
        <source>整批撤销一次导入（其档案卡此后未被更正时）</source>
        <translation>undo one import as a whole (while none of its cards has been corrected since)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="37" />
        <source>导入编号（见 import list）</source>
        <translation>import number (see import list)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="38" />
        <source>撤销的原因</source>
        <translation>why it is undone</translation>
    </message>
    <message>
        <source>导出清单为 .xlsx 或 .csv（记入查询登记）</source>
        <translation type="vanished">export a list as .xlsx or .csv (recorded in the query register)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="42" />
        <source>要导出的清单</source>
        <translation>the list to export</translation>
    </message>
    <message>
        <source>输出文件（.xlsx 或 .csv）</source>
        <translation type="vanished">output file (.xlsx or .csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="41" />
        <source>导出清单为 .xlsx 或 .csv，或打印为 .pdf（记入查询登记）</source>
        <translation>export a list as .xlsx or .csv, or print it as .pdf (recorded in the query register)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="43" />
        <source>输出文件（.xlsx、.csv，或打印用的 .pdf）</source>
        <translation>output file (.xlsx, .csv, or .pdf to print)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="44" />
        <source>客户：与搜索框相同的检索词</source>
        <translation>customers: the same search as the search box</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="45" />
        <source>客户：含已清除的客户</source>
        <translation>customers: include cleared customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="46" />
        <source>借阅：open|overdue|all；发放：out|overdue|all</source>
        <translation>loans: open|overdue|all; hand-outs: out|overdue|all</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="47" />
        <source>查询登记：起始日期 YYYY-MM-DD</source>
        <translation>query register: from date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="48" />
        <source>查询登记：截止日期 YYYY-MM-DD</source>
        <translation>query register: to date YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="49" />
        <source>案卷目录：立卷年度（默认上一年）</source>
        <translation>volume list: the year bound (default: last year)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="66" />
        <source>名册中没有名为“{heading}”的列。</source>
        <translation>The roster has no column named “{heading}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="74" />
        <source>文件：{name}（SHA-256 {sha}…）</source>
        <translation>File: {name} (SHA-256 {sha}…)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="75" />
        <source>列的对应：{columns}</source>
        <translation>Columns: {columns}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="81" />
        <source>数据 {rows} 行（空行 {empty} 行）：新建 {new} 张，已在档案中 {duplicates} 张（其中 {updates} 张将更新）</source>
        <translation>{rows} data rows ({empty} empty): {new} new cards, {duplicates} already in the archive ({updates} of them to be updated)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="84" />
        <source>数据 {rows} 行（空行 {empty} 行）：新建 {new} 张，已在档案中 {duplicates} 张</source>
        <translation>{rows} data rows ({empty} empty): {new} new cards, {duplicates} already in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="86" />
        <source>第 {row} 行</source>
        <translation>row {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="86" />
        <source>“{column}”列</source>
        <translation> column “{column}”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="89" />
        <source>… 另有 {count} 个问题，请用 --report 文件名 取得完整清单。</source>
        <translation>… and {count} more problems; use --report FILE for the whole list.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="95" />
        <source>检查</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="95" />
        <source>检查并导入</source>
        <translation>Checking and importing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="103" />
        <source>问题清单</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="103" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="103" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="103" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="103" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="105" />
        <source>问题清单已写到 {path}</source>
        <translation>Problem list written to {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="107" />
        <source>没有导入任何档案卡。请改正上述问题后重新导入。</source>
        <translation>No card was imported. Please correct the problems above and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="110" />
        <source>检查通过（--dry-run：没有写入）。</source>
        <translation>Check passed (--dry-run: nothing written).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="112" />
        <source>已导入（导入编号 {batch}）：新建 {created} 张，更新 {updated} 张，跳过 {skipped} 张，用时 {seconds} 秒。可用 import undo {batch} --reason … 整批撤销。</source>
        <translation>Imported (import {batch}): {created} new, {updated} updated, {skipped} skipped, in {seconds} s. import undo {batch} --reason … undoes it as a whole.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="121" />
        <source>已撤销 {date}</source>
        <translation>undone {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="121" />
        <source>可撤销</source>
        <translation>can be undone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="121" />
        <source>已有更正，不可撤销</source>
        <translation>corrected since, cannot be undone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="78" />
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <location filename="../../desktop_crm/cli/shelves.py" line="83" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <source>导入人</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <source>新建</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="123" />
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="130" />
        <source>已撤销导入 {batch}（{count} 张档案卡）。</source>
        <translation>Import {batch} undone ({count} cards).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="139" />
        <source>已打印为 PDF → {path}</source>
        <translation>Printed as PDF → {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/exchange.py" line="142" />
        <source>已导出{title} {rows} 行 → {path}</source>
        <translation>Exported {title}: {rows} rows → {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/identity.py" line="26" />
        <location filename="../../desktop_crm/cli/upkeep.py" line="105" />
        <source>请在环境变量 {env} 中提供用户 {user} 的密码。</source>
        <translation>Please give user {user}'s password in the environment variable {env}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/identity.py" line="27" />
        <source>用户 {user} 的密码：</source>
        <translation>Password of user {user}: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/identity.py" line="31" />
        <source>{name}正在使用临时密码：请先运行 desktop-crm --user {user} passwd 修改密码。</source>
        <translation>{name} is using a temporary password: run desktop-crm --user {user} passwd to change it first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/identity.py" line="33" />
        <source>提示：{name}仍在使用公开的演示密码，请用 passwd 修改。</source>
        <translation>Note: {name} still uses the published demo password; change it with passwd.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/identity.py" line="38" />
        <source>档案库中还没有用户：请先运行 desktop-crm 创建档案管理员账号，或运行 demo。</source>
        <translation>The archive has no users yet: run desktop-crm to create the custodian's account, or run demo.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/identity.py" line="39" />
        <source>档案库中有多个用户：请用 --user 用户名 指明以谁的身份执行。</source>
        <translation>The archive has several users: say with --user NAME whom to act as.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/progress.py" line="37" />
        <source>已用</source>
        <translation>elapsed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/progress.py" line="38" />
        <source>尚需</source>
        <translation>left</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/progress.py" line="60" />
        <source>{seconds} 秒</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/progress.py" line="61" />
        <source>{minutes} 分 {seconds} 秒</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="17" />
        <source>保管期限：到期鉴定、销毁清册的提出、批准和执行</source>
        <translation>retention: appraisal of expired volumes; destruction lists proposed, approved and carried out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="19" />
        <source>保管期限已满、待鉴定的案卷</source>
        <translation>volumes whose period has run out, to be appraised</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="20" />
        <source>截至日期（默认今天），如 2036-01-10</source>
        <translation>as of this date (default today), e.g. 2036-01-10</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="23" />
        <source>鉴定一卷：继续保存（新期限）或销毁</source>
        <translation>appraise one volume: keep (a new period) or destroy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="24" />
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <location filename="../../desktop_crm/cli/year_end.py" line="49" />
        <location filename="../../desktop_crm/cli/year_end.py" line="56" />
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>档号</source>
        <translation>Archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="26" />
        <source>期限</source>
        <translation>period</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="26" />
        <source>继续保存：10年、30年 或 永久（从今年年底起算）</source>
        <translation>keep: 10年, 30年 or 永久 (from the end of this year)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="27" />
        <source>拟销毁（之后列入销毁清册，经经理批准后执行）</source>
        <translation>destroy (then put on a destruction list, carried out once a manager approves it)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="28" />
        <source>鉴定理由</source>
        <translation>reason for the appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="30" />
        <source>把鉴定为销毁的案卷列入一份销毁清册</source>
        <translation>put the volumes appraised for destruction on a destruction list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="31" />
        <source>只列这些档号（不填为全部鉴定为销毁、尚未列入清册的案卷）</source>
        <translation>only these archive codes (default: every volume appraised for destruction and on no list yet)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="32" />
        <source>鉴定意见，印在清册上</source>
        <translation>appraisal opinion, printed on the list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="34" />
        <source>（经理）批准销毁清册；提出人不能自己批准</source>
        <translation>(manager) approve a destruction list; its proposer cannot approve it</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="35" />
        <source>清册编号，如 XH-2036-0001</source>
        <translation>list number, e.g. XH-2036-0001</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="36" />
        <source>批准意见</source>
        <translation>approval opinion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="38" />
        <source>（经理）不批准销毁清册，须写明理由</source>
        <translation>(manager) reject a destruction list, with the reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="39" />
        <location filename="../../desktop_crm/cli/retention.py" line="43" />
        <location filename="../../desktop_crm/cli/retention.py" line="49" />
        <source>清册编号</source>
        <translation>list number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="40" />
        <source>不批准的理由</source>
        <translation>why it is rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="42" />
        <source>（档案管理员）执行已批准的销毁：标记已销毁并删除扫描件</source>
        <translation>(custodian) carry out an approved destruction: mark the volumes destroyed and remove their scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="44" />
        <source>两名监销人姓名，用逗号隔开，如 张伟,李娜</source>
        <translation>the two witnesses' names, separated by commas, e.g. 张伟,李娜</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="46" />
        <source>列出销毁清册</source>
        <translation>list the destruction lists</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="48" />
        <source>打印销毁清册（PDF）</source>
        <translation>print a destruction list (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>案卷题名</source>
        <translation>Volume title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <source>到期日</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <location filename="../../desktop_crm/cli/shelves.py" line="74" />
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <source>鉴定</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="62" />
        <source>清册</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="65" />
        <source>到期待鉴定 {count} 卷</source>
        <translation>{count} volumes due for appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="73" />
        <source>已鉴定 {code}：拟销毁。</source>
        <translation>Appraised {code}: to be destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="76" />
        <source>已鉴定 {code}：继续保存{period}。</source>
        <translation>Appraised {code}: kept {period}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="82" />
        <source>已提出销毁清册 {number}，待经理批准。</source>
        <translation>Destruction list {number} proposed; awaiting a manager's approval.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="89" />
        <source>销毁清册 {number}：已批准。</source>
        <translation>Destruction list {number}: approved.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="90" />
        <source>销毁清册 {number}：未批准。</source>
        <translation>Destruction list {number}: rejected.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="97" />
        <source>销毁清册 {number} 已执行；从档案库删除扫描件 {count} 份。案卷目录与清册留存。</source>
        <translation>Destruction list {number} carried out; {count} scans removed from the archive. The catalogues and the list are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="103" />
        <source>卷数</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="103" />
        <source>提出人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="103" />
        <source>提出日期</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="103" />
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/retention.py" line="103" />
        <source>销毁日期</source>
        <translation>Destroyed on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="28" />
        <source>档案库设置：不带参数时列出全部设置</source>
        <translation>archive settings: without options, lists every setting</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="29" />
        <source>全宗号，例如 0456</source>
        <translation>fonds number, e.g. 0456</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="30" />
        <source>全宗名称（立档单位全称）</source>
        <translation>fonds name (the full name of the filing unit)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="31" />
        <source>档号格式</source>
        <translation>archive code format</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="32" />
        <source>每卷页数上限（20–2000）</source>
        <translation>page limit per volume (20–2000)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="33" />
        <source>企业客户登记编号前缀，例如 QY</source>
        <translation>prefix of enterprise customer numbers, e.g. QY</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="34" />
        <source>个人客户登记编号前缀，例如 GR</source>
        <translation>prefix of individual customer numbers, e.g. GR</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="35" />
        <source>角色=天数</source>
        <translation>role=days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="36" />
        <source>某角色的默认借期，例如 customer_service=7（可重复）</source>
        <translation>default loan period of a role, e.g. customer_service=7 (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="37" />
        <source>续借次数上限</source>
        <translation>most renewals</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="38" />
        <source>发放资料收回期限（天）</source>
        <translation>recall period of hand-outs (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="39" />
        <source>审核信用审批的角色，逗号分隔，例如 business_manager,manager</source>
        <translation>roles that review credit approvals, comma separated, e.g. business_manager,manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="40" />
        <source>批准信用审批的角色，逗号分隔，例如 manager</source>
        <translation>roles that approve credit approvals, comma separated, e.g. manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="41" />
        <source>等级=天数:额度上限</source>
        <translation>rating=days:ceiling</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="42" />
        <source>信用等级对应的交易条件，例如 优秀=90:5000000（可重复）</source>
        <translation>trade terms of a credit rating, e.g. 优秀=90:5000000 (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="43" />
        <source>接近信用额度的提示比例，例如 0.9</source>
        <translation>share of the credit limit that warns, e.g. 0.9</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="44" />
        <source>全面修订核查周期（天）</source>
        <translation>full review cycle (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="45" />
        <source>键=值</source>
        <translation>key=value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="46" />
        <source>按设置的键修改，例如 volume.catalogue={year}（可重复）</source>
        <translation>change a setting by its key, e.g. volume.catalogue={year} (repeatable)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="47" />
        <source>经理登录名</source>
        <translation>manager's user name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="48" />
        <source>授予自己角色默认没有的审批权限时，签认的经理（密码取自 DESKTOP_CRM_SIGNOFF_PASSWORD，否则提示输入）</source>
        <translation>the manager who signs off when your own role is given an approval authority it lacks by default (password from DESKTOP_CRM_SIGNOFF_PASSWORD, else a prompt)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="57" />
        <source>“{item}”应写成 键=值。</source>
        <translation>“{item}” should be written key=value.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="69" />
        <source>请在环境变量 {env} 中提供签认经理的密码。</source>
        <translation>Please give the signing manager's password in the environment variable {env}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="70" />
        <source>{user} 的密码：</source>
        <translation>{user}'s password: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/settings.py" line="81" />
        <source>“{role}”不是可借阅的角色，应为 {roles} 之一。</source>
        <translation>“{role}” is not a role that borrows; use one of {roles}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="16" />
        <source>把活页卷或固定卷放到库房位置（已有位置时为移动，并记录）</source>
        <translation>put a binder or a fixed volume in a place of the archive room (a move when it has one; recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="18" />
        <source>某客户的活页卷（或其单独存放的某一类）</source>
        <translation>a customer's binder (or one category of it filed apart)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="19" />
        <source>客户编号，如 QY-000001</source>
        <translation>customer number, e.g. QY-000001</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="20" />
        <source>单独存放的类别（1–5）；不填为整个活页卷</source>
        <translation>the category filed apart (1–5); leave out for the whole binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="21" />
        <location filename="../../desktop_crm/cli/shelves.py" line="25" />
        <source>库房位置，如 A-03-2</source>
        <translation>place, e.g. A-03-2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="23" />
        <source>一个固定卷</source>
        <translation>a fixed volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="24" />
        <source>档号，如 0456-2025-001</source>
        <translation>archive code, e.g. 0456-2025-001</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="28" />
        <source>库房位置：登记、列表、移动记录、位置索引和标签</source>
        <translation>the archive room: register places, list them, the record of moves, the location index and labels</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="30" />
        <source>登记一个库房位置</source>
        <translation>register a place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="31" />
        <source>位置编号，按设置的分级写，如 A-03-2</source>
        <translation>place code in the room's levels, e.g. A-03-2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="32" />
        <source>位置说明，如 东墙铁皮柜</source>
        <translation>what the place is, e.g. steel cabinet, east wall</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="34" />
        <source>列出库房位置及各处存放的数量</source>
        <translation>list the places and how much stands in each</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="37" />
        <source>上架与移动记录（谁、何时、从何处到何处）</source>
        <translation>the record of shelving and moves (who, when, from where to where)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="38" />
        <source>只看该客户的活页卷和案卷</source>
        <translation>only this customer's binder and volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="39" />
        <source>只看该档号的案卷</source>
        <translation>only the volume with this archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="41" />
        <source>打印库房位置索引（PDF）</source>
        <translation>print the location index (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="42" />
        <source>按位置或按客户排列</source>
        <translation>by place or by customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="45" />
        <source>打印柜、架、盒的位置标签（PDF）</source>
        <translation>print labels for cabinets, shelves and boxes (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="46" />
        <source>只打这些位置（不填为全部）</source>
        <translation>only these places (default: all)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="49" />
        <source>列出尚未上架的活页卷和固定卷</source>
        <translation>list the binders and fixed volumes that have no place yet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="55" />
        <source>{what}：已上架到 {place}</source>
        <translation>{what}: shelved at {place}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="68" />
        <source>已登记库房位置 {code}</source>
        <translation>Place {code} registered</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="74" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="74" />
        <source>活页卷</source>
        <translation>Binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="74" />
        <source>固定卷</source>
        <translation>Fixed volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="58" />
        <location filename="../../desktop_crm/cli/shelves.py" line="75" />
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="58" />
        <location filename="../../desktop_crm/cli/shelves.py" line="75" />
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="77" />
        <source>共 {count} 个位置</source>
        <translation>{count} places</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="83" />
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="83" />
        <source>对象</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="83" />
        <source>原位置</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="83" />
        <source>新位置</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="84" />
        <source>（首次上架）</source>
        <translation>(first shelved)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="86" />
        <source>共 {count} 条</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="105" />
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="106" />
        <source>尚未上架的活页卷 {count} 个：{items}</source>
        <translation>Binders not shelved: {count}: {items}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/shelves.py" line="108" />
        <source>尚未上架的固定卷 {count} 卷：{items}</source>
        <translation>Fixed volumes not shelved: {count}: {items}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="19" />
        <source>检查数据库完整性、结构版本和每一份扫描件</source>
        <translation>check the database's integrity, its schema version and every stored scan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="20" />
        <source>修复（档案管理员）：重建检索索引，清除无主扫描件</source>
        <translation>repair (custodian): rebuild the search index, remove scans attached to nothing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="23" />
        <source>备份档案库（数据库、全部扫描件和清单），写完后读回核对</source>
        <translation>back up the archive (database, every scan and a manifest), read back and verified when written</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="24" />
        <source>备份文件名，或一个文件夹（自动取名）</source>
        <translation>backup file name, or a folder (named automatically)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="25" />
        <source>从该环境变量取加密口令</source>
        <translation>take the encryption passphrase from this environment variable</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="26" />
        <source>加密备份，口令在终端输入两次</source>
        <translation>encrypt the backup; type the passphrase twice at the terminal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="29" />
        <source>从备份恢复到 --data-dir 指定的新文件夹</source>
        <translation>restore from a backup into the new folder given by --data-dir</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="30" />
        <source>备份文件</source>
        <translation>backup file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="31" />
        <source>从该环境变量取加密口令（否则在终端输入）</source>
        <translation>take the passphrase from this environment variable (else typed at the terminal)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="32" />
        <source>替换目标文件夹中已有的档案库（原档案库改名保留）</source>
        <translation>replace the archive already in the target folder (the old one is kept under another name)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="47" />
        <source>检查通过。</source>
        <translation>Check passed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="47" />
        <source>发现 {count} 个问题。</source>
        <translation>{count} problems found.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="55" />
        <source>环境变量 {env} 中没有口令。</source>
        <translation>The environment variable {env} holds no passphrase.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="60" />
        <source>需要口令：请用 --passphrase-env 变量名 提供。</source>
        <translation>A passphrase is needed: give it with --passphrase-env VARIABLE.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="61" />
        <source>备份口令：</source>
        <translation>Backup passphrase: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="64" />
        <source>口令至少8位；请牢记它，没有口令无法恢复备份。</source>
        <translation>The passphrase needs at least 8 characters; remember it — without it the backup cannot be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/accounts.py" line="44" />
        <location filename="../../desktop_crm/cli/upkeep.py" line="65" />
        <source>再输入一次：</source>
        <translation>Once more: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="66" />
        <source>两次输入的口令不一致。</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="73" />
        <source>备份并核对</source>
        <translation>Backing up and verifying</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="75" />
        <source>已备份并核对：{path}</source>
        <translation>Backed up and verified: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="76" />
        <source>  客户 {customers} 户，文件 {papers} 份，扫描件 {scans} 份；{size} MB，{sealed}，用时 {seconds} 秒</source>
        <translation>  {customers} customers, {papers} papers, {scans} scans; {size} MB, {sealed}, in {seconds} s</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="78" />
        <source>已加密</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="78" />
        <source>未加密</source>
        <translation>not encrypted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="81" />
        <source>  PostgreSQL 数据库不在此备份中：请由服务器备份，例如 pg_dump -Fc 库名 &gt; 库名.dump。</source>
        <translation>  The PostgreSQL database is not in this backup: back it up on the server, e.g. pg_dump -Fc dbname &gt; dbname.dump.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="94" />
        <location filename="../../desktop_crm/cli/upkeep.py" line="108" />
        <source>核对并恢复</source>
        <translation>Verifying and restoring</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="106" />
        <source>备份中用户 {user} 的密码：</source>
        <translation>Password of user {user} in the backup: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="111" />
        <source>已恢复到：{path}（备份时间 {at}）</source>
        <translation>Restored to: {path} (backed up {at})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="112" />
        <source>  客户 {customers} 户，文件 {papers} 份，扫描件 {scans} 份</source>
        <translation>  {customers} customers, {papers} papers, {scans} scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="114" />
        <source>  原档案库已改名保留为：{path}</source>
        <translation>  The old archive was kept as: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="116" />
        <source>  备份中没有数据库（PostgreSQL 模式）：请用 pg_restore 从服务器的备份恢复数据库。</source>
        <translation>  The backup holds no database (PostgreSQL): restore the database from the server's backup with pg_restore.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="125" />
        <source>恢复后的检查通过。</source>
        <translation>Check after restoring passed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/upkeep.py" line="125" />
        <source>恢复后的检查发现 {count} 个问题。</source>
        <translation>Check after restoring found {count} problems.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="20" />
        <source>年度立卷：把已结束年度的文件装订为固定卷并输出 PDF</source>
        <translation>year-end binding: bind an ended year's papers into fixed volumes and write their PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="21" />
        <source>立卷的年度（须已结束）</source>
        <translation>the year to bind (it must have ended)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="22" />
        <source>输出目录</source>
        <translation>output folder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="23" />
        <source>把扫描件按目录顺序并入，并加盖卷内页号</source>
        <translation>merge the scans in catalogue order and stamp the page numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="24" />
        <source>双面打印：背面页号在左上角</source>
        <translation>double-sided: page numbers of back pages at the top left</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="25" />
        <source>接受尚存问题（缺件、无页数、页数不符、借出未还）的书面说明，写入有问题各卷的备考表</source>
        <translation>written acceptance of remaining problems (gaps, missing page counts, page mismatches, papers on loan), printed on the remarks sheet of each volume concerned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="26" />
        <source>检查人</source>
        <translation>checked by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="27" />
        <source>确认立卷（不再询问）；立卷后该年度文件不能再更改</source>
        <translation>confirm the binding (no question asked); after it the year's papers cannot change</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="30" />
        <source>某年度的案卷</source>
        <translation>the volumes of a year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="32" />
        <source>列出某年度的案卷</source>
        <translation>list a year's volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="33" />
        <location filename="../../desktop_crm/cli/year_end.py" line="36" />
        <location filename="../../desktop_crm/cli/year_end.py" line="43" />
        <source>年度</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="35" />
        <source>打印脊背标签（可选卷号范围）</source>
        <translation>print spine labels (optionally a range of volume numbers)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="38" />
        <source>脊背宽度（毫米）</source>
        <translation>spine width (mm)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="39" />
        <source>从第几卷起</source>
        <translation>from volume number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="40" />
        <source>到第几卷止</source>
        <translation>to volume number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="42" />
        <source>读回某年度打印的案卷，核对页号、页数和档号</source>
        <translation>read back a year's printed volumes and check page numbers, page counts and archive codes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="46" />
        <source>单个案卷</source>
        <translation>one volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="48" />
        <source>打印一个案卷</source>
        <translation>print one volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="51" />
        <source>并入扫描件并加盖页号</source>
        <translation>merge the scans and stamp the page numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="52" />
        <source>双面打印</source>
        <translation>double-sided</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="54" />
        <source>读回打印出的案卷文件，核对每个页号、页数和档号</source>
        <translation>read a printed volume back and check every page number, page count and archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="57" />
        <source>核对该年度打印过的全部案卷</source>
        <translation>check every printed volume of that year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="63" />
        <source>{year}年度将立卷 {planned} 卷{codes}，此前已立 {closed} 卷；问题：缺件 {gaps} 处，无页数 {no_pages} 份，借出未还 {on_loan} 份，其他 {others} 项。</source>
        <translation>{year}: {planned} volumes to bind{codes}, {closed} bound before; problems: {gaps} gaps, {no_pages} papers without a page count, {on_loan} on loan, {others} other.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="65" />
        <source>（档号 {first} 至 {last}）</source>
        <translation> (archive codes {first} to {last})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="71" />
        <source>  … 另有 {count} 项</source>
        <translation>  … {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="75" />
        <source>立卷后该年度的文件将不能再归入或更改。确认无误后请加 --yes 再运行。</source>
        <translation>After binding, the year's papers cannot be filed or changed. When all is right, run again with --yes.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="76" />
        <source>确认立卷吗？立卷后该年度的文件不能再更改。输入 y 确认：</source>
        <translation>Bind the year? After binding its papers cannot change. Type y to confirm: </translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="78" />
        <source>未确认，没有立卷。</source>
        <translation>Not confirmed; nothing was bound.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="87" />
        <source>立卷</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="90" />
        <source>输出 PDF</source>
        <translation>Writing PDFs</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="94" />
        <source>本次立卷 {closed} 卷（此前已立 {skipped} 卷，本年度共 {bound} 卷）；写出 {files} 个文件（{bound} 个案卷、案卷目录和脊背标签）到 {out}；用时 {elapsed}。</source>
        <translation>Bound {closed} volumes now ({skipped} before, {bound} this year in all); wrote {files} files ({bound} volumes, the year register and the spine labels) to {out}; {elapsed}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>起止年月</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>件数</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="101" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="103" />
        <source>未上架</source>
        <translation>not shelved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="104" />
        <source>共 {count} 卷</source>
        <translation>{count} volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="127" />
        <source>（{count} 页加盖页号）</source>
        <translation>({count} pages stamped)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/year_end.py" line="130" />
        <source>核对 {count} 个文件，{bad} 个有问题。</source>
        <translation>Checked {count} files, {bad} with problems.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="20" />
        <source>今日待办：到期、逾期和等待您办理的事项</source>
        <translation>today's work: what is due, overdue and waiting for you</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="24" />
        <source>档案卡定期全面修订核查</source>
        <translation>the periodic full review of the cards</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="26" />
        <source>本周到期和已逾期的核查</source>
        <translation>reviews due this week and overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="27" />
        <source>以该日期计算（默认今天）</source>
        <translation>as of this date (default today)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="30" />
        <source>最多列出多少张（等待最久的在前；默认 500）</source>
        <translation>list at most this many cards (the longest waiting first; default 500)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="32" />
        <source>登记一张档案卡的核查</source>
        <translation>record the review of one card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="34" />
        <source>核对确认的内容（默认：全部内容核对无误）</source>
        <translation>what was confirmed (default: everything checked and correct)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="35" />
        <source>更正的内容（在档案卡中更正后写明）</source>
        <translation>what was corrected (after correcting it in the card)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="37" />
        <source>打印到期档案卡的核查表（PDF）</source>
        <translation>print the review sheet of the cards due (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="51" />
        <source>今天没有待办事项。</source>
        <translation>Nothing to do today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="57" />
        <source>    … 另有 {count} 项</source>
        <translation>    … {count} more</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="65" />
        <source>本周到期</source>
        <translation>due this week</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="67" />
        <source>上次核查</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="68" />
        <source>应核查日</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="71" />
        <source>到期 {total} 张，其中逾期 {overdue} 张</source>
        <translation>{total} due, {overdue} of them overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/reviews.py" line="77" />
        <source>已登记 {number} 的核查；下次核查：{date}。</source>
        <translation>Review of {number} recorded; next review: {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="14" />
        <source>客户等级：按近12个月销售额评定，或手定并写明理由</source>
        <translation>customer grades: from the last twelve months' sales, or set by hand with a reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="16" />
        <source>按销售额重新评定全部在用档案卡的等级（手定的保留）</source>
        <translation>grade every card in use again from its sales (grades set by hand are kept)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="17" />
        <source>手定某客户的等级</source>
        <translation>set a customer's grade by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="20" />
        <source>手定的理由</source>
        <translation>why it is set by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="22" />
        <source>取消手定，此后按销售额评定</source>
        <translation>stop the grade set by hand; grade from the sales again</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="29" />
        <source>已评定：改变 {changed} 户，不变 {unchanged} 户，手定保留 {kept} 户。</source>
        <translation>Graded: {changed} changed, {unchanged} unchanged, {kept} kept as set by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="36" />
        <source>{number} 的等级手定为 {grade}。</source>
        <translation>{number}'s grade set by hand to {grade}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/grades.py" line="42" />
        <source>{number} 的等级此后按销售额评定。</source>
        <translation>{number} is graded from its sales again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="18" />
        <source>客户名册：打印（PDF 或 Excel）与两年一次的增补调整</source>
        <translation>customer rosters: print them (PDF or Excel) and run the biennial update round</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="19" />
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="20" />
        <source>输出文件：.pdf（A4 横向）或 .xlsx</source>
        <translation>output file: .pdf (A4 landscape) or .xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="22" />
        <source>开始一轮增补调整</source>
        <translation>open an update round</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="23" />
        <source>该客户核对无误</source>
        <translation>this customer checked and correct</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="24" />
        <source>更正内容</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="25" />
        <source>该客户已在档案卡中更正，写明更正内容</source>
        <translation>this customer corrected in its card; say what was corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="26" />
        <source>结束增补调整并计数</source>
        <translation>close the update round and count</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="29" />
        <source>打印某路线区域的客户拜访路线表（PDF）</source>
        <translation>print the visiting route sheet of a route region (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="30" />
        <source>路线区域（档案卡中的“路线区域”）</source>
        <translation>route region (the card's “路线区域”)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="38" />
        <source>{roster}：已核对 {confirmed} 户，已更正 {corrected} 户，尚余 {left} 户。</source>
        <translation>{roster}: {confirmed} checked, {corrected} corrected, {left} left.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="54" />
        <source>增补调整已结束。</source>
        <translation>The update round is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="59" />
        <source>输出文件名须以 .pdf 或 .xlsx 结尾，例如 交易伙伴名册.pdf。</source>
        <translation>The output file name must end in .pdf or .xlsx, e.g. 交易伙伴名册.pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/cli/rosters.py" line="63" />
        <source>请用 --out 指定输出文件，或指明增补调整的一步。</source>
        <translation>Give an output file with --out, or a step of the update round.</translation>
    </message>
</context>
<context>
    <name>CollateralDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="227" />
        <source>抵押保证登记</source>
        <translation>Collateral</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="231" />
        <source>如 杭州市西湖区文三路 90 号厂房</source>
        <translation>e.g. the factory at 90 Wensan Road, Xihu District, Hangzhou</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="232" />
        <source>保证人（抵押、质押可不填）</source>
        <translation>Guarantor (not needed for a mortgage or pledge)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="233" />
        <source>可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="237" />
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="237" />
        <source>抵押物或保证内容</source>
        <translation>What secures it</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="238" />
        <source>保证人</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="238" />
        <source>价值（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="239" />
        <source>登记日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="241" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>ComplaintCardDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="57" />
        <source>客户投诉管理卡 — %1</source>
        <translation>Customer complaint card — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="64" />
        <source>（尚未回访）</source>
        <translation>(not yet asked)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="69" />
        <source>投诉日期</source>
        <translation>Complaint date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="69" />
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="70" />
        <source>处理经过</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="70" />
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="71" />
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="73" />
        <source>登记并归档</source>
        <translation>Record and file</translation>
    </message>
</context>
<context>
    <name>ConfirmCloseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="30" />
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="43" />
        <source>确认立卷</source>
        <translation>Confirm the binding</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="31" />
        <source>%1年度将立卷 %2 卷，档号 %3 至 %4。</source>
        <translation>%1 will be bound into %2 volumes, archive codes %3 to %4.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="34" />
        <source>此前已立 %1 卷，本次继续其余部分。</source>
        <translation>%1 volumes were bound before; this run does the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="37" />
        <source>有 %1 处问题将按下列说明接受，并印在各有关案卷的备考表上：</source>
        <translation>%1 problems will be accepted with this note, printed on the remarks sheet of each volume concerned:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="39" />
        <source>检查人：%1</source>
        <translation>Checked by: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="39" />
        <source>（未填写，备考表上留空待签）</source>
        <translation>(not given; left blank on the remarks sheet for signing)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="40" />
        <source>立卷后，该年度的文件不能再归入、修改、移动或撤出，只能为案卷登记更正。</source>
        <translation>Once bound, that year's papers can no longer be filed, changed, moved or withdrawn; only corrections can be recorded against the volumes.</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="81" />
        <source>请填写借阅目的。</source>
        <translation>Please state the purpose of the loan.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="83" />
        <source>请选择要借出的文件。</source>
        <translation>Please choose the papers to lend.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="85" />
        <source>借出日期不能晚于今天。</source>
        <translation>The date out cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="88" />
        <source>请选择借阅人（在用的账号）。</source>
        <translation>Please choose the borrower (an account in use).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="91" />
        <source>{name}（{role}）无权借阅档案；业务员只能经发放接收客户单位名称和联系人信息。</source>
        <translation>{name} ({role}) may not borrow archive papers; sales staff receive only the unit name and contact through a hand-out.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="97" />
        <source>批准人须为在用账号的档案管理员、经理或业务经理。</source>
        <translation>The approver must be a custodian, manager or business manager whose account is in use.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="100" />
        <source>借阅人不能批准自己的借阅。</source>
        <translation>A borrower cannot approve their own loan.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="102" />
        <source>档案管理员本人借阅，须由另一位有批准权的同事批准。</source>
        <translation>When the custodian borrows, another colleague with approval authority must approve.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="105" />
        <source>所选文件中有的不存在或已撤出，请刷新后重选。</source>
        <translation>Some of the chosen papers do not exist or have been withdrawn; please refresh and choose again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="108" />
        <source>原件只可在档案室查阅，不得外借：{titles}。可借出复印件。</source>
        <translation>Originals may be looked at in the archive room only, never lent: {titles}. A copy may be lent.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="112" />
        <source>“{title}”已由{borrower}借出（{slip}），应于{due}归还，归还前不能再借。</source>
        <translation>“{title}” is out with {borrower} ({slip}), due back on {due}; it cannot be lent again before it is returned.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="117" />
        <source>{name}有逾期未还的借阅单（{slips}），归还前不得再借；确需借出，须由档案管理员写明理由后办理。</source>
        <translation>{name} has overdue borrow slips ({slips}) and may not borrow again until they are returned; if a loan is really needed, the custodian must write the reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="122" />
        <source>归还日期应在借出日期之后，且借期不超过{days}天。</source>
        <translation>The due date must be after the date out, and a loan lasts at most {days} days.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="130" />
        <source>借阅单 {slip} 已续借{count}次，达到上限，请先归还。</source>
        <translation>Borrow slip {slip} has been renewed {count} times, the limit; please return the papers first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/lending_rules.py" line="134" />
        <source>续借后的归还日期应晚于原应还日期 {due}，且不超过今天起{days}天。</source>
        <translation>The renewed due date must be after the current due date {due} and within {days} days from today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/handouts.py" line="67" />
        <source>该客户不存在。</source>
        <translation>This customer does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/handouts.py" line="74" />
        <source>请选择同事。</source>
        <translation>Please choose a colleague.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/handouts.py" line="90" />
        <source>发放文件须为 .xlsx（Excel）或 .pdf（打印单）。</source>
        <translation>A hand-out file must be .xlsx (Excel) or .pdf (printed sheet).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/handouts.py" line="93" />
        <source>发放客户资料须经客户经理（经理或业务经理）同意：请注明同意发放的经理。</source>
        <translation>Handing out customer data needs the customer manager's consent (a manager or business manager): please name the consenting manager.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/handouts.py" line="100" />
        <source>收回日期应晚于今天。</source>
        <translation>The recall date must be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/handouts.py" line="150" />
        <source>该发放记录不存在、无需收回或已收回。</source>
        <translation>This hand-out does not exist, need not come back, or is already back.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/handouts.py" line="152" />
        <source>收回日期应在发放日期与今天之间。</source>
        <translation>The date it came back must be between the hand-out date and today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/lending.py" line="146" />
        <location filename="../../desktop_crm/services/control/lending.py" line="251" />
        <location filename="../../desktop_crm/services/control/lending.py" line="277" />
        <source>该借阅单不存在。</source>
        <translation>This borrow slip does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/lending.py" line="253" />
        <source>请选择归还的文件。</source>
        <translation>Please choose the papers being returned.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/lending.py" line="255" />
        <source>归还日期应在借出日期与今天之间。</source>
        <translation>The return date must be between the date out and today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/lending.py" line="259" />
        <source>所选文件不在此借阅单的未还文件中。</source>
        <translation>The chosen papers are not among this slip's papers still out.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/lending.py" line="288" />
        <source>该借阅单不存在或已全部归还。</source>
        <translation>This borrow slip does not exist or is fully returned.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/control/lending.py" line="328" />
        <source>该借阅人没有逾期未还的文件。</source>
        <translation>This borrower has no overdue papers.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="94" />
        <source>登记更正 — %1</source>
        <translation>Record a correction — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="97" />
        <source>例如：第2件法人委托书原件污损，已附情况说明</source>
        <translation>e.g. the original of item 2 (legal mandate) is stained; a note is attached</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="103" />
        <source>更正内容（将印在该卷的卷内备考表上）：</source>
        <translation>The correction (printed on the volume's remarks sheet):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="31" />
        <source>登记更正</source>
        <translation>Record correction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="33" />
        <source>已在档案卡中更正的内容，如 电话更正为 0571-88886666</source>
        <translation>What was corrected in the card, e.g. phone corrected to 0571-88886666</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="36" />
        <source>%1 的更正（先在档案卡中更正）</source>
        <translation>Correction of %1 (correct the card first)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="39" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="44" />
        <source>请写明更正的内容；核对无误的请用“核对无误”。</source>
        <translation>Please say what was corrected; for an entry that is correct use “Checked”.</translation>
    </message>
</context>
<context>
    <name>Credit</name>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="14" />
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="14" />
        <source>1-30天</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="15" />
        <source>31-90天</source>
        <translation>31–90 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="15" />
        <source>91-180天</source>
        <translation>91–180 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="16" />
        <source>181-365天</source>
        <translation>181–365 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="16" />
        <source>365天以上</source>
        <translation>over 365 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="132" />
        <source>一年以上无业务往来</source>
        <translation>No trade for over a year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="133" />
        <source>欠款逾期一年以上</source>
        <translation>Debt overdue over a year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="134" />
        <source>破产、倒闭或严重亏损</source>
        <translation>Bankruptcy, closure or heavy losses</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="135" />
        <source>违法经营</source>
        <translation>Unlawful conduct</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="136" />
        <source>损害本公司利益</source>
        <translation>Harm to the company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="137" />
        <source>停止业务往来</source>
        <translation>Stop trading</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="137" />
        <source>追讨欠款</source>
        <translation>Pursue the debts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="138" />
        <source>停止发货</source>
        <translation>Stop deliveries</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="138" />
        <source>从档案中清除</source>
        <translation>Clear from the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="139" />
        <source>声明断绝关系</source>
        <translation>Announce the end of relations</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="139" />
        <source>法律诉讼</source>
        <translation>Take legal action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="140" />
        <source>冻结账户</source>
        <translation>Freeze the account</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="34" />
        <source>客户信用额度审批表</source>
        <translation>Credit limit approval form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="35" />
        <source>延期还款审批单</source>
        <translation>Deferred repayment approval form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="36" />
        <source>退赔折价审批表</source>
        <translation>Return/discount approval form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="51" />
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="52" />
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="53" />
        <source>已审核</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="54" />
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="55" />
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="71" />
        <source>退货</source>
        <translation>Return of goods</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="71" />
        <source>赔偿</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="72" />
        <source>折价</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="81" />
        <source>内容过长，最多{count}字。</source>
        <translation>Too long; at most {count} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="88" />
        <source>未知的审批单种类。</source>
        <translation>Unknown kind of approval form.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="90" />
        <source>请写明申请理由。</source>
        <translation>Please give the reason for the request.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="93" />
        <source>申请额度</source>
        <translation>Requested limit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="102" />
        <source>请选择要延期的欠款（可多选）。</source>
        <translation>Please choose the debts to defer (several may be chosen).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="108" />
        <source>请填写延至的日期，如 2027-03-31。</source>
        <translation>Please enter the new due date, e.g. 2027-03-31.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="115" />
        <source>请选择退赔折价所涉的合同订单。</source>
        <translation>Please choose the contract or order the return/discount concerns.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="117" />
        <source>退赔折价金额</source>
        <translation>Return/discount amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="122" />
        <source>请选择退货、赔偿或折价。</source>
        <translation>Please choose return of goods, compensation or discount.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="124" />
        <source>请填写退赔折价的原因。</source>
        <translation>Please give the cause of the return/discount.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="126" />
        <source>请填写责任方（责任鉴定）。</source>
        <translation>Please name the party responsible (responsibility assessment).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="136" />
        <source>该客户已认定为不良客户，核定信用额度须由经理批准并写明理由。</source>
        <translation>This customer is marked as a bad customer; a credit limit needs a manager's approval with a written reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="138" />
        <source>额度 {amount:,.2f} 元超过该信用等级的额度上限 {ceiling:,.2f} 元，须由经理批准并写明超限理由。</source>
        <translation>A limit of {amount:,.2f} yuan is above this rating's ceiling of {ceiling:,.2f} yuan; it needs a manager's approval with a written reason for exceeding it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="149" />
        <source>驳回须写明理由。</source>
        <translation>A rejection needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/approval_rules.py" line="157" />
        <source>批准金额</source>
        <translation>Approved amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="45" />
        <source>认定不良</source>
        <translation>Marked bad</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="45" />
        <source>处理措施</source>
        <translation>Measure taken</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="46" />
        <source>清除出档案</source>
        <translation>Cleared from the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="46" />
        <source>恢复</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="47" />
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="202" />
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="129" />
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="176" />
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="246" />
        <location filename="../../desktop_crm/services/credit/credit_status.py" line="50" />
        <location filename="../../desktop_crm/services/credit/export_terms.py" line="28" />
        <location filename="../../desktop_crm/services/credit/ledger.py" line="35" />
        <location filename="../../desktop_crm/services/credit/rating.py" line="60" />
        <location filename="../../desktop_crm/services/credit/rating.py" line="86" />
        <source>该客户不存在。</source>
        <translation>This customer does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="138" />
        <source>请选择不良客户的情形。</source>
        <translation>Please choose why the customer is bad.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="140" />
        <source>请写明认定为不良客户的事实和依据。</source>
        <translation>Please write the facts and grounds for marking the customer bad.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="151" />
        <source>处理措施应为 {measures} 之一。</source>
        <translation>The measure must be one of {measures}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="163" />
        <source>清除前须写明原因分析。</source>
        <translation>Clearing needs a written cause analysis first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="172" />
        <source>恢复须写明理由。</source>
        <translation>Restoring needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="178" />
        <source>该客户不在已清除状态。</source>
        <translation>This customer is not cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="224" />
        <source>请写明不良客户产生的原因。</source>
        <translation>Please state why the customer went bad.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="226" />
        <source>请提出预防对策（呈总经理审阅）。</source>
        <translation>Please propose countermeasures (for the general manager to read).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="229" />
        <source>报告日期晚于今天，请核对。</source>
        <translation>The report date is after today; please check it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="248" />
        <source>该客户未认定为不良客户：请先认定不良，再写善后报告。</source>
        <translation>This customer has not been found bad: flag it first, then write the follow-up report.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/bad_customers.py" line="291" />
        <source>该客户还没有善后报告：请先登记原因分析和预防对策。</source>
        <translation>This customer has no follow-up report yet: record the causes and countermeasures first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/rating.py" line="36" />
        <source>按规则评定</source>
        <translation>By the rule</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/rating.py" line="37" />
        <source>人工调整</source>
        <translation>Set by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/rating.py" line="38" />
        <source>取消人工调整</source>
        <translation>Hand setting lifted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/rating.py" line="79" />
        <source>人工调整信用等级须写明理由。</source>
        <translation>Setting the rating by hand needs a written reason.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/rating.py" line="81" />
        <source>信用等级应为 {ratings} 之一。</source>
        <translation>The rating must be one of {ratings}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="45" />
        <source>欠款日期不能晚于今天。</source>
        <translation>The debt date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="47" />
        <source>应还日期不能早于欠款日期。</source>
        <translation>The due date cannot be before the debt date.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="52" />
        <source>所选订单不属于该客户。</source>
        <translation>The chosen order is not this customer's.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="68" />
        <source>还款日期不能晚于今天。</source>
        <translation>The repayment date cannot be after today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="73" />
        <source>所选欠款不属于该客户或已还清。</source>
        <translation>The chosen debts are not this customer's or are already paid.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="76" />
        <source>还款 {value:,.2f} 元超过所选欠款余额 {outstanding:,.2f} 元，请核对。</source>
        <translation>The repayment of {value:,.2f} yuan is more than the {outstanding:,.2f} yuan outstanding on the chosen debts; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="92" />
        <source>该欠款不存在。</source>
        <translation>This debt does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/ledger.py" line="95" />
        <source>分期金额合计应等于欠款金额 {amount:,.2f} 元。</source>
        <translation>The instalments must add up to the debt of {amount:,.2f} yuan.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/credit_status.py" line="56" />
        <source>尚无欠款记录，未按规则评定。</source>
        <translation>No debts yet, so the rule has not rated this customer.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="143" />
        <location filename="../../desktop_crm/services/credit/approvals.py" line="230" />
        <source>该审批单不存在。</source>
        <translation>This approval form does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="189" />
        <source>请选择该客户尚未还清的欠款。</source>
        <translation>Please choose debts of this customer that are not yet paid.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="193" />
        <source>请选择该客户的合同订单。</source>
        <translation>Please choose one of this customer's contracts or orders.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="217" />
        <source>只有申请人本人可以修改审批单。</source>
        <translation>Only the applicant may change the request.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="232" />
        <source>审批单 {number} 当前为“{state}”，不能办理这一步。</source>
        <translation>Approval form {number} is “{state}”; this step cannot be taken now.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="242" />
        <source>只有申请人本人可以提交审批单。</source>
        <translation>Only the applicant may submit the request.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="260" />
        <source>您的角色（{role}）无权审核审批单。</source>
        <translation>Your role ({role}) may not review requests.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="262" />
        <source>请填写审核意见。</source>
        <translation>Please write the review opinion.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="266" />
        <source>不能审核自己提出的申请。</source>
        <translation>You cannot review your own request.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="271" />
        <source>该审批单刚由他人办理，请刷新后查看。</source>
        <translation>Someone else has just acted on this request; please refresh.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="281" />
        <source>您的角色（{role}）无权退回审批单。</source>
        <translation>Your role ({role}) may not send requests back.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="283" />
        <source>退回须写明需要修改的地方。</source>
        <translation>Sending back needs a note of what to change.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="287" />
        <source>不能退回自己提出的申请。</source>
        <translation>You cannot send back your own request.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="300" />
        <source>您的角色（{role}）无权批准审批单。</source>
        <translation>Your role ({role}) may not approve requests.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="305" />
        <source>不能批准自己提出或审核过的申请。</source>
        <translation>You cannot decide a request you made or reviewed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/approvals.py" line="319" />
        <source>该审批单刚由他人决定，请刷新后查看。</source>
        <translation>Someone else has just decided this request; please refresh.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/export_terms.py" line="30" />
        <source>只有直接出口客户登记付款方式、信用金额和抵押保证。</source>
        <translation>Only direct-export customers have a payment method, credit amount and collateral.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/export_terms.py" line="37" />
        <source>请填写付款方式，例如 即期信用证、T/T 30天。</source>
        <translation>Please enter the payment method, e.g. sight L/C, T/T 30 days.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/export_terms.py" line="56" />
        <source>请选择 {value}。</source>
        <translation>Please choose {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/export_terms.py" line="58" />
        <source>请写明抵押物或保证的内容。</source>
        <translation>Please describe the collateral or guarantee.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/export_terms.py" line="60" />
        <source>保证须写明保证人。</source>
        <translation>A guarantee needs the guarantor's name.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/credit/export_terms.py" line="75" />
        <source>该抵押保证不存在或已解除。</source>
        <translation>This collateral does not exist or has been released.</translation>
    </message>
</context>
<context>
    <name>CreditOverview</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="23" />
        <source>账龄分析与不良客户</source>
        <translation>Ageing and bad customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="27" />
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="34" />
        <source>登记编号</source>
        <translation>Reg. number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="27" />
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="34" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="27" />
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="27" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="28" />
        <source>额度提示</source>
        <translation>Limit warning</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="34" />
        <source>情形</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="38" />
        <source>账龄</source>
        <translation>Ageing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="39" />
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="64" />
        <source>不良客户候选</source>
        <translation>Bad-customer candidates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="45" />
        <source>合计：%1 户，余额 %2 元，逾期 %3 元</source>
        <translation>Total: %1 customers, balance %2, overdue %3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="48" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="50" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_overview.py" line="62" />
        <source>账龄分析</source>
        <translation>Ageing analysis</translation>
    </message>
</context>
<context>
    <name>CreditWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="45" />
        <source>信用 — %1 %2</source>
        <translation>Credit — %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="51" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="51" />
        <source>欠款日期</source>
        <translation>Incurred on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="51" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="51" />
        <source>未还</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="52" />
        <source>应还日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="52" />
        <source>原应还日期</source>
        <translation>Original due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="52" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="53" />
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="53" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="53" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="53" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="54" />
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="54" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="54" />
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="56" />
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="82" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="55" />
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="56" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="55" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="55" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="55" />
        <source>依据</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="56" />
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="56" />
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="230" />
        <source>情形</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="57" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="57" />
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="61" />
        <source>登记欠款…</source>
        <translation>Record debt…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="62" />
        <source>登记还款…</source>
        <translation>Record repayment…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="63" />
        <source>还款计划…</source>
        <translation>Repayment plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="64" />
        <source>欠款还款</source>
        <translation>Debts and repayments</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="66" />
        <source>申请信用额度…</source>
        <translation>Request credit limit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="67" />
        <source>申请延期还款…</source>
        <translation>Request deferral…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="68" />
        <source>申请退赔折价…</source>
        <translation>Request return/discount…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="69" />
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="70" />
        <source>审核…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="71" />
        <source>审批…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="78" />
        <source>善后报告…</source>
        <translation>Follow-up report…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="79" />
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="252" />
        <source>打印事件分析报告</source>
        <translation>Print incident report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="203" />
        <source>审核 %1</source>
        <translation>Review %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="204" />
        <source>审核意见</source>
        <translation>Review opinion</translation>
    </message>
    <message>
        <source>批准…</source>
        <translation type="vanished">Approve…</translation>
    </message>
    <message>
        <source>驳回…</source>
        <translation type="vanished">Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="72" />
        <source>打印审批表</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="72" />
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="74" />
        <source>人工调整…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="74" />
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="225" />
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="76" />
        <source>认定不良…</source>
        <translation>Flag as bad…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="76" />
        <source>处理措施…</source>
        <translation>Measure…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="77" />
        <source>清除出档案…</source>
        <translation>Clear from the archive…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="77" />
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="80" />
        <source>不良客户</source>
        <translation>Bad customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="82" />
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="82" />
        <source>价值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="82" />
        <source>保证人</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="83" />
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="83" />
        <source>解除日期</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="86" />
        <source>付款方式与信用金额…</source>
        <translation>Payment method and credit amount…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="87" />
        <source>登记抵押保证…</source>
        <translation>Register collateral…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="89" />
        <source>出口信用</source>
        <translation>Export credit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="114" />
        <source>未核定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="115" />
        <source>信用等级：%1（%2）
信用额度：%3 元　占用：%4 元　欠款余额：%5 元　逾期：%6 元
账龄：%7</source>
        <translation>Rating: %1 (%2)
Limit: %3  Exposure: %4  Balance: %5  Overdue: %6
Ageing: %7</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="120" />
        <source>还款计划逾期：</source>
        <translation>Plan instalments overdue:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="134" />
        <source>付款方式：%1　信用金额：%2 元</source>
        <translation>Payment method: %1  Credit amount: %2 CNY</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="151" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>日期请按 YYYY-MM-DD 填写。</source>
        <translation type="vanished">Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="224" />
        <source>人工调整信用等级</source>
        <translation>Override credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="225" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="226" />
        <source>如：经理批示，担保充足，按良好对待</source>
        <translation>e.g. the manager ordered it: enough collateral, treat as good</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="231" />
        <source>事实和依据</source>
        <translation>Facts and grounds</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="231" />
        <source>如：2025年3月起停止付款，经多次催收无果</source>
        <translation>e.g. stopped paying in March 2025; several demands went unanswered</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="236" />
        <source>措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="237" />
        <source>执行部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="237" />
        <source>如：财务部、法务部</source>
        <translation>e.g. finance, legal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="241" />
        <source>客户不会被删除，可恢复。</source>
        <translation>The customer is not deleted and can be restored.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="241" />
        <source>原因分析</source>
        <translation>Cause analysis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="242" />
        <source>写给总经理的原因分析</source>
        <translation>The cause analysis for the general manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="254" />
        <source>不良客户事件分析报告</source>
        <translation>Bad-customer incident analysis report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="260" />
        <source>恢复理由</source>
        <translation>Why it is restored</translation>
    </message>
    <message>
        <source>登记欠款</source>
        <translation type="vanished">Record debt</translation>
    </message>
    <message>
        <source>金额（元）：</source>
        <translation type="vanished">Amount (CNY):</translation>
    </message>
    <message>
        <source>应还日期：</source>
        <translation type="vanished">Due date:</translation>
    </message>
    <message>
        <source>登记还款</source>
        <translation type="vanished">Record repayment</translation>
    </message>
    <message>
        <source>金额（元，先冲销最早到期的欠款）：</source>
        <translation type="vanished">Amount (CNY; settles the earliest due first):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="166" />
        <source>还款计划</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="166" />
        <source>请先在欠款表中选中一笔欠款。</source>
        <translation>Select a debt in the table first.</translation>
    </message>
    <message>
        <source>欠款还款协议编号：</source>
        <translation type="vanished">Repayment agreement no.:</translation>
    </message>
    <message>
        <source>各期“日期 金额”，用分号隔开，如 2026-12-31 30000; 2027-01-31 30000：</source>
        <translation type="vanished">Instalments as "date amount" separated by semicolons, e.g. 2026-12-31 30000; 2027-01-31 30000:</translation>
    </message>
    <message>
        <source>每期请写成“YYYY-MM-DD 金额”。</source>
        <translation type="vanished">Write each instalment as "YYYY-MM-DD amount".</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation type="vanished">Payment method</translation>
    </message>
    <message>
        <source>付款方式（如 即期信用证、T/T 30天）：</source>
        <translation type="vanished">Payment method (e.g. sight L/C, T/T 30 days):</translation>
    </message>
    <message>
        <source>信用金额</source>
        <translation type="vanished">Credit amount</translation>
    </message>
    <message>
        <source>核定的信用金额（元）：</source>
        <translation type="vanished">Credit amount granted (CNY):</translation>
    </message>
    <message>
        <source>抵押保证</source>
        <translation type="vanished">Collateral and guarantees</translation>
    </message>
    <message>
        <source>方式：</source>
        <translation type="vanished">Kind:</translation>
    </message>
    <message>
        <source>抵押物或保证内容：</source>
        <translation type="vanished">Collateral or guarantee:</translation>
    </message>
    <message>
        <source>保证人（抵押、质押可不填）：</source>
        <translation type="vanished">Guarantor (not needed for a pledge):</translation>
    </message>
    <message>
        <source>价值（元，可不填）：</source>
        <translation type="vanished">Value (CNY, optional):</translation>
    </message>
    <message>
        <source>申请</source>
        <translation type="vanished">Request</translation>
    </message>
    <message>
        <source>申请理由：</source>
        <translation type="vanished">Reason for the request:</translation>
    </message>
    <message>
        <source>申请信用额度</source>
        <translation type="vanished">Request credit limit</translation>
    </message>
    <message>
        <source>申请额度（元）：</source>
        <translation type="vanished">Requested limit (CNY):</translation>
    </message>
    <message>
        <source>申请延期还款</source>
        <translation type="vanished">Request deferral</translation>
    </message>
    <message>
        <source>延至（先在欠款表中选中欠款）：</source>
        <translation type="vanished">Defer to (select the debt first):</translation>
    </message>
    <message>
        <source>审核意见：</source>
        <translation type="vanished">Review opinion:</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation type="vanished">Reject</translation>
    </message>
    <message>
        <source>批准条件：</source>
        <translation type="vanished">Conditions:</translation>
    </message>
    <message>
        <source>驳回理由：</source>
        <translation type="vanished">Reason for rejecting:</translation>
    </message>
    <message>
        <source>人工调整</source>
        <translation type="vanished">Override</translation>
    </message>
    <message>
        <source>信用等级：</source>
        <translation type="vanished">Rating:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="223" />
        <source>（恢复按规则评定）</source>
        <translation>(back to the rule)</translation>
    </message>
    <message>
        <source>理由：</source>
        <translation type="vanished">Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="229" />
        <source>认定不良客户</source>
        <translation>Flag as bad customer</translation>
    </message>
    <message>
        <source>情形：</source>
        <translation type="vanished">Criterion:</translation>
    </message>
    <message>
        <source>事实和依据：</source>
        <translation type="vanished">Facts and grounds:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="234" />
        <source>处理措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>措施：</source>
        <translation type="vanished">Measure:</translation>
    </message>
    <message>
        <source>执行部门：</source>
        <translation type="vanished">Department:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="240" />
        <source>清除出档案</source>
        <translation>Clear from the archive</translation>
    </message>
    <message>
        <source>原因分析（客户不会被删除，可恢复）：</source>
        <translation type="vanished">Cause analysis (the customer is not deleted and can be restored):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/credit_window.py" line="259" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>恢复理由：</source>
        <translation type="vanished">Reason to restore:</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="33" />
        <source>登记编号</source>
        <translation>Reg. number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="34" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="35" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="36" />
        <source>客户名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="37" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="38" />
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="39" />
        <source>重要性</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="40" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="41" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="42" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="43" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="44" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="45" />
        <source>客户经理</source>
        <translation>Customer manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="46" />
        <source>最近更正</source>
        <translation>Last corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/customer_table_model.py" line="47" />
        <source>库房位置</source>
        <translation>Archive room</translation>
    </message>
</context>
<context>
    <name>DebtDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="46" />
        <source>登记欠款</source>
        <translation>Record debt</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="50" />
        <source>如 120000 或 120,000.00</source>
        <translation>e.g. 120000 or 120,000.00</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="51" />
        <source>如 2026年11月服务器货款，发票号 00012345</source>
        <translation>e.g. servers delivered in November 2026, invoice 00012345</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="53" />
        <source>（不对应订单）</source>
        <translation>(no order)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="58" />
        <source>欠款日期</source>
        <translation>Debt date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="58" />
        <source>应还日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="59" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="59" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="60" />
        <source>对应订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="62" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="77" />
        <source>审批销毁清册</source>
        <translation>Decide on the destruction list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="79" />
        <source>批准销毁</source>
        <translation>Approve destruction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="80" />
        <source>不批准</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="81" />
        <source>意见；不批准时须写明理由</source>
        <translation>Opinion; a rejection needs a reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="84" />
        <source>清册</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="85" />
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="87" />
        <source>意见</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="88" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="109" />
        <source>审批 %1</source>
        <translation>Decide %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="111" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="112" />
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="113" />
        <source>退回申请人修改</source>
        <translation>Send back to the applicant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="119" />
        <source>超过该信用等级的额度上限或客户为不良时，写明理由</source>
        <translation>Above the rating's ceiling, or for a bad customer: say why</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="122" />
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="123" />
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="126" />
        <source>批准额度（元）</source>
        <translation>Approved limit (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="127" />
        <source>条件或理由</source>
        <translation>Conditions or reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="128" />
        <source>超限理由</source>
        <translation>Why above the terms</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="129" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="43" />
        <source>更正文件条目</source>
        <translation>Correct paper entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="43" />
        <source>归档文件</source>
        <translation>File a paper</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="51" />
        <source>自拟题名（目录中加 [ ]）</source>
        <translation>Title made up (shown in [ ])</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="55" />
        <source>添加扫描件时可自动读取</source>
        <translation>Read from the scans when added</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="56" />
        <source>原件（只可查阅，不外借）</source>
        <translation>Original (may be looked at, never lent)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="63" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="71" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="72" />
        <source>题名 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="74" />
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="75" />
        <source>责任者</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="76" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="77" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="79" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="80" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="81" />
        <source>对应合同订单</source>
        <translation>Contract/order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="82" />
        <source>归档年度</source>
        <translation>Archive year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="83" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="89" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="90" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="16" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="16" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="17" />
        <source>题名</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="17" />
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="18" />
        <source>责任者</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="18" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="19" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="19" />
        <source>原件/复印件</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="20" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="20" />
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="21" />
        <source>对应订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="21" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="22" />
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_table_model.py" line="23" />
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="83" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="46" />
        <source>找不到文件“{path}”。</source>
        <translation>File "{path}" not found.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="54" />
        <source>“{name}”是旧版 Excel（.xls）文件：请在 Excel 或 WPS 中另存为 .xlsx 后再导入。</source>
        <translation>"{name}" is an old Excel (.xls) file: save it as .xlsx in Excel or WPS, then import it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="57" />
        <source>只能导入 .xlsx 或 .csv 文件，“{name}”不是。</source>
        <translation>Only .xlsx or .csv files can be imported; "{name}" is neither.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="70" />
        <source>“{name}”无法作为 Excel 工作簿打开（{reason}）：请在 Excel 或 WPS 中打开并另存为 .xlsx 后再试。</source>
        <translation>"{name}" cannot be opened as an Excel workbook ({reason}): open it in Excel or WPS, save it as .xlsx and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="75" />
        <source>“{name}”的第一个工作表超过 {rows} 行或 {columns} 列，请分成几个文件导入。</source>
        <translation>The first sheet of "{name}" has more than {rows} rows or {columns} columns; split it into several files.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="116" />
        <source>“{name}”既不是 UTF-8 也不是 GB18030 编码的文本，无法读取。</source>
        <translation>"{name}" is neither UTF-8 nor GB18030 text and cannot be read.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="124" />
        <source>“{name}”超过 {rows} 行，请分成几个文件导入。</source>
        <translation>"{name}" has more than {rows} rows; split it into several files.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/spreadsheets.py" line="206" />
        <source>导出文件名须以 .xlsx 或 .csv 结尾，例如 {example}。</source>
        <translation>An export file name must end in .xlsx or .csv, e.g. {example}.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="70" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="95" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="114" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="170" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="183" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="223" />
        <source>登记编号</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="81" />
        <source>客户档案</source>
        <translation>Customer records</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="95" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="114" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="170" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="183" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="223" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="96" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="96" />
        <source>客户名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="97" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="97" />
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="98" />
        <source>重要性</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="98" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="161" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="99" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="99" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="100" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="100" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="101" />
        <source>客户经理</source>
        <translation>Customer manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="101" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="128" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="138" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="150" />
        <source>库房位置</source>
        <translation>Archive room</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="106" />
        <source>客户清单</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="115" />
        <source>上次核查</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="115" />
        <source>应核查日期</source>
        <translation>Review due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="118" />
        <source>到期核查清单</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="124" />
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="124" />
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="125" />
        <source>活页卷</source>
        <translation>Binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="125" />
        <source>固定卷</source>
        <translation>Fixed volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="126" />
        <source>停用</source>
        <translation>Retired</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="135" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="147" />
        <source>案卷题名</source>
        <translation>Volume title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="136" />
        <source>起止年月</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="136" />
        <source>件数</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="137" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="149" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="137" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="148" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="138" />
        <source>销毁日期</source>
        <translation>Destroyed on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="141" />
        <source>{year}年度案卷目录</source>
        <translation>Volumes of {year}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="149" />
        <source>到期日</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="150" />
        <source>鉴定结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="151" />
        <source>销毁清册</source>
        <translation>Destruction lists</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="154" />
        <source>到期鉴定清单</source>
        <translation>Volumes due for appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="160" />
        <source>单号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="160" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="161" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="162" />
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="162" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="165" />
        <source>待办审批</source>
        <translation>Approvals waiting</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="171" />
        <source>余额（元）</source>
        <translation>Balance (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="171" />
        <source>逾期（元）</source>
        <translation>Overdue (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="172" />
        <source>最长逾期天数</source>
        <translation>Longest overdue (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="173" />
        <source>额度提示</source>
        <translation>Limit warning</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="176" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="178" />
        <source>账龄分析</source>
        <translation>Ageing analysis</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="184" />
        <source>情形</source>
        <translation>Criteria</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="185" />
        <source>不良客户候选</source>
        <translation>Bad-customer candidates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="191" />
        <source>借阅单的范围只能是 open（未还）、overdue（逾期）或 all（全部）。</source>
        <translation>The loan range must be open, overdue or all.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="194" />
        <source>借阅单号</source>
        <translation>Slip no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="194" />
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="194" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="195" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="214" />
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="195" />
        <source>借出日期</source>
        <translation>Lent on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="195" />
        <source>应还日期</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="196" />
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="148" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="196" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="213" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="232" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="196" />
        <source>文件</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="135" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="147" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="197" />
        <source>档号</source>
        <translation>Archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="197" />
        <source>归还日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="116" />
        <location filename="../../desktop_crm/services/exchange/exports.py" line="197" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="207" />
        <source>借阅登记</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="213" />
        <source>发放编号</source>
        <translation>Hand-out no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="213" />
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="214" />
        <source>同意人</source>
        <translation>Consent by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="214" />
        <source>同意日期</source>
        <translation>Consent on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="215" />
        <source>收回期限</source>
        <translation>Recall by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="215" />
        <source>收回日期</source>
        <translation>Recalled on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="215" />
        <source>发放内容</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="218" />
        <source>发放登记</source>
        <translation>Hand-outs</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="224" />
        <source>缺件</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="226" />
        <source>缺件清单</source>
        <translation>Missing papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="231" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="231" />
        <source>查询人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="232" />
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="233" />
        <source>内容</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="235" />
        <source>查询登记簿</source>
        <translation>Query register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/exports.py" line="247" />
        <source>不能导出“{kind}”：可导出 {kinds}。</source>
        <translation>Cannot export "{kind}": the lists are {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/list_print.py" line="46" />
        <source>这份清单有 {count} 行，超过打印上限 {limit} 行：请先筛选缩小范围，或导出 Excel。</source>
        <translation>This list has {count} rows, more than the {limit} that can be printed: filter it first, or export it to Excel.</translation>
    </message>
</context>
<context>
    <name>ExportList</name>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="28" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="29" />
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="51" />
        <source>没有导出</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="55" />
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="56" />
        <source>已导出 %1 行到 %2</source>
        <translation>Exported %1 rows to %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="86" />
        <source>没有打印</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="96" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/export_list.py" line="103" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
</context>
<context>
    <name>ExportTermsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="206" />
        <source>付款方式与信用金额</source>
        <translation>Payment method and credit amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="209" />
        <source>即期信用证</source>
        <translation>sight L/C</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="209" />
        <source>远期信用证 90天</source>
        <translation>usance L/C 90 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="209" />
        <source>T/T 30天</source>
        <translation>T/T 30 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="209" />
        <source>D/P 即期</source>
        <translation>D/P at sight</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="213" />
        <source>付款方式</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="214" />
        <source>信用金额（元）</source>
        <translation>Credit amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="215" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../desktop_crm/ui/common/field_inputs.py" line="64" />
        <source>18位，字母自动转为大写</source>
        <translation>18 characters; letters become capitals</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../desktop_crm/services/output_files.py" line="28" />
        <source>“{path}”是一个文件夹，请给出文件名，例如 {example}。</source>
        <translation>“{path}” is a folder; please give a file name, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/output_files.py" line="32" />
        <source>无法写入“{path}”：文件可能正被其他程序（如 WPS、Acrobat）打开，或没有写入权限。请关闭该文件或换一个位置后重试。</source>
        <translation>Cannot write “{path}”: the file may be open in another program (such as WPS or Acrobat), or you have no permission. Close the file or choose another place and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/output_files.py" line="36" />
        <source>磁盘空间不足，未能写入“{path}”。请腾出空间后重试。</source>
        <translation>Not enough disk space to write “{path}”. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/output_files.py" line="39" />
        <source>找不到“{path}”或它所在的文件夹，请检查路径。</source>
        <translation>“{path}” or its folder cannot be found; please check the path.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/output_files.py" line="40" />
        <source>无法使用文件“{path}”：{reason}</source>
        <translation>Cannot use the file “{path}”: {reason}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="25" />
        <source>首次启动：创建档案管理员账号</source>
        <translation>First start: create the custodian's account</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="28" />
        <source>这是一个新的档案库。请先为档案管理员（您本人）创建账号，以后每次启动都需要用它登录。密码只保存为不可逆的加密摘要。</source>
        <translation>This is a new archive. First create the custodian's (your) account; you will log in with it at every start. The password is stored only as an irreversible hash.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="31" />
        <source>英文字母开头，例如 wangfang</source>
        <translation>Starts with a letter, e.g. wangfang</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="32" />
        <source>例如 王芳</source>
        <translation>e.g. Wang Fang</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="35" />
        <source>至少8位，字母与数字混合</source>
        <translation>At least 8 characters, letters and digits</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="38" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="39" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="40" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="41" />
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="42" />
        <source>创建并进入</source>
        <translation>Create and start</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/first_start_dialog.py" line="42" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="21" />
        <source>不良客户善后报告</source>
        <translation>Bad-customer follow-up report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="26" />
        <source>原因分析 *</source>
        <translation>Causes *</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="26" />
        <source>如：签约前未做资信调查，对方经营严重亏损后仍继续供货</source>
        <translation>e.g. no credit check before signing; supplies went on after heavy losses</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="27" />
        <source>预防对策 *</source>
        <translation>Countermeasures *</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="27" />
        <source>如：新客户先做资信调查；逾期30天即停止发货</source>
        <translation>e.g. credit-check new customers; stop deliveries at 30 days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="28" />
        <source>内部检讨</source>
        <translation>Internal review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="28" />
        <source>业务部内部检讨的经过和结论</source>
        <translation>The business department's internal review and its conclusion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="29" />
        <source>责任人员及奖惩</source>
        <translation>Responsibility, penalties and rewards</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="29" />
        <source>负有责任的人员及处理；处理有方、挽回损失的人员及奖励</source>
        <translation>Who is responsible and how they are dealt with; who handled it well and recovered losses, and their reward</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="37" />
        <source>报告日期</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="39" />
        <source>保存并归档</source>
        <translation>Save and file</translation>
    </message>
</context>
<context>
    <name>GapListWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="65" />
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="78" />
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="79" />
        <source>缺件清单</source>
        <translation>Missing papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="76" />
        <source>共 %1 户客户的活页卷缺少或有过期文件。双击打开活页卷并定位到缺件类别。</source>
        <translation>%1 customers' binders lack papers or hold expired ones. Double-click to open the binder at the gap.</translation>
    </message>
</context>
<context>
    <name>GapTable</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="18" />
        <source>登记编号</source>
        <translation>Reg. number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="18" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="19" />
        <source>缺件数</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/gap_list_window.py" line="19" />
        <source>缺少或过期的文件</source>
        <translation>Missing or expired papers</translation>
    </message>
</context>
<context>
    <name>GradeByHandDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/grade_dialog.py" line="15" />
        <source>手定客户等级</source>
        <translation>Set grade by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/grade_dialog.py" line="21" />
        <source>如：集团战略客户，经理批示按A级对待</source>
        <translation>e.g. a strategic group customer; the manager ordered grade A</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/grade_dialog.py" line="22" />
        <source>取消手定，此后按销售额评定</source>
        <translation>stop the grade set by hand; grade from the sales again</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/grade_dialog.py" line="26" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/grade_dialog.py" line="27" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/grade_dialog.py" line="28" />
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/grade_dialog.py" line="30" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../desktop_crm/domain/redaction.py" line="30" />
        <source>{label}直接查阅档案，不需要也不能接收客户资料的发放。</source>
        <translation>A {label} looks at the archive directly and neither needs nor may receive a hand-out.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="50" />
        <source>发放客户资料 — %1</source>
        <translation>Hand out customer data — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="61" />
        <source> — 该客户的客户经理</source>
        <translation> — this customer's manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="63" />
        <source>业务联系</source>
        <translation>Business contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="66" />
        <source>Excel 文件 (.xlsx)</source>
        <translation>Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="67" />
        <source>打印单 (.pdf)</source>
        <translation>Printed sheet (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="69" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="69" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="74" />
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="75" />
        <source>同意发放的客户经理</source>
        <translation>Consenting customer manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="76" />
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="77" />
        <source>收回日期</source>
        <translation>Recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="78" />
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="80" />
        <source>生成并登记…</source>
        <translation>Produce and record…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="85" />
        <source>接收人将收到的内容：</source>
        <translation>The recipient will receive:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="111" />
        <source>保存发放文件</source>
        <translation>Save hand-out file</translation>
    </message>
</context>
<context>
    <name>HandoutRegister</name>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="126" />
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="144" />
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="145" />
        <source>发放登记</source>
        <translation>Hand-out register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="130" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="130" />
        <source>未收回</source>
        <translation>Not back</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="130" />
        <source>超过收回日期</source>
        <translation>Past recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="133" />
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="133" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="133" />
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="133" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="134" />
        <source>同意人</source>
        <translation>Consent by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="134" />
        <source>发放日期</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="134" />
        <source>收回日期</source>
        <translation>Recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="134" />
        <source>已收回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="135" />
        <source>发放内容</source>
        <translation>Fields handed out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="137" />
        <source>登记收回</source>
        <translation>Record return</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="157" />
        <source>无需收回</source>
        <translation>No recall</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="168" />
        <source>未能登记</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/binder_window.py" line="73" />
        <source>Ctrl+N 归档文件，Enter 更正所选文件，Ctrl+P 打印本类目录。把扫描件（PDF、JPEG、PNG、TIFF）拖到某份文件上即可添加。右侧列出本卷缺少或过期的文件，双击可跳到对应类别。</source>
        <translation>Ctrl+N files a paper, Enter corrects the selected paper, Ctrl+P prints this category's catalogue. Drag a scan (PDF, JPEG, PNG, TIFF) onto a paper to add it. The right side lists the papers this binder lacks or whose validity has run out; double-click one to go to its category.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/document_dialog.py" line="36" />
        <source>题名照原件标题填写；原件没有标题时自拟题名并勾选“自拟题名”，目录中将加方括号。日期可按 20260301 或 2026-03-01 录入，也可从日历选择。合同订单及出口交货单据须选择对应的合同订单。</source>
        <translation>Copy the title from the original; when it has none, make one up and tick "made-up title" (the catalogue puts it in square brackets). Dates can be typed as 20260301 or 2026-03-01, or picked from the calendar. Contract orders and export delivery papers must name their contract order.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/card_editor.py" line="68" />
        <source>Tab / Shift+Tab 在字段间移动；Ctrl+S 保存；Ctrl+PgDown / Ctrl+PgUp 切换页签；Esc 关闭（有未保存的更改时会先询问）。未保存的内容每隔几秒自动存为草稿，程序意外退出后下次启动时可以恢复。</source>
        <translation>Tab / Shift+Tab move between fields; Ctrl+S saves; Ctrl+PgDown / Ctrl+PgUp switch tabs; Esc closes (asking first when there are unsaved changes). Unsaved input is kept as a draft every few seconds and can be recovered at the next start if the program stopped unexpectedly.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/borrow_dialog.py" line="38" />
        <source>输入登记编号后按“载入”列出该客户的文件；勾选类别即借出整类。原件只可查阅，不能勾选。借阅人有逾期未还的借阅单时，须写明仍然借出的理由。</source>
        <translation>Type a registration number and press Load to list the customer's papers; ticking a category lends the whole category. Originals may only be consulted and cannot be ticked. When the borrower has an overdue slip, write why the papers are lent all the same.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/handout_windows.py" line="44" />
        <source>业务员只能收到单位名称、联系人姓名和职务；客户服务和经理收到完整资料，须在收回日期前交回。发放须经客户经理（经理或业务经理）同意。</source>
        <translation>Salespeople receive only the company name and the contacts' names and posts; customer service and managers receive the full record and must return it by the recall date. A hand-out needs the consent of a customer manager (manager or business manager).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="44" />
        <source>导入只读取第一个工作表。第一行是表头，认出的列名（如 单位名称、统一社会信用代码、地址、电话）会自动对应到档案卡字段，也可以在“导入为”一栏改。先“检查”：每一行都按档案卡的规则核对，列出每个问题所在的行、列和内容；全部无误才能“导入”，导入是一次完成的，之后在“导入记录”中可以整批撤销（其档案卡尚未被更正时）。</source>
        <translation>Only the first worksheet is read. The first row is the header; recognised column names (such as company name, unified social credit code, address, telephone) are matched to card fields, and can be changed in the "import as" column. Check first: every row is checked by the card's rules, and each problem is listed with its row, column and content. Only when all is correct can you import; the import is done in one step and can be undone as a batch from the import log (while its cards have not been corrected).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/backup_dialog.py" line="30" />
        <source>备份包含数据库、全部扫描件和一份逐个文件的 SHA-256 清单，写完后会读回核对，核对通过才以正式文件名保存。请把备份存到另一块硬盘、移动硬盘或网络位置；加密的备份没有口令无法读取，也无法恢复，请牢记口令。</source>
        <translation>A backup holds the database, every scan and a SHA-256 list of each file; once written it is read back and checked, and only then saved under its final name. Keep backups on another disk, a removable drive or a network location. An encrypted backup cannot be read or restored without its passphrase: do not forget it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="33" />
        <source>恢复不会覆盖正在使用的档案库：请选一个新的空文件夹。恢复前会逐个核对备份中文件的 SHA-256、数据库的完整性和结构版本，有任何问题都不会改动任何文件。较早版本制作的备份会在打开时自动升级。</source>
        <translation>A restore never overwrites the archive in use: choose a new, empty folder. Before restoring, every file's SHA-256, the database's integrity and its schema version are checked; on any problem no file is changed. A backup made by an earlier release is upgraded when it is opened.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="47" />
        <source>先“检查”看将立多少卷、有哪些缺件、未登记页数或借出未还的文件；处理后再立卷，或写明接受的理由（将印在卷内备考表上）。立卷可随时取消，已立的卷不受影响，再次立卷会继续其余部分。</source>
        <translation>Check first to see how many volumes will be bound and which papers are missing, lack a page count or are out on loan; deal with them before binding, or write why they are accepted (printed on the volume's note sheet). Binding can be cancelled at any time; volumes already bound stay, and binding again continues with the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/follow_up_dialog.py" line="16" />
        <source>按不良客户处理规定的善后工作：分析不良客户产生的原因、提出预防对策，呈总经理审阅；做内部检讨，并写明负有责任或处理有功的人员。保存后本报告作为“不良客户事件分析报告”归入该客户档案第四类，可打印呈总经理签阅。</source>
        <translation>The follow-up the bad-customer rules ask for: analyse why the customer went bad and propose countermeasures for the general manager; hold an internal review, and name who is responsible or handled it well. Once saved, the report is filed as the customer's 'bad-customer incident analysis report' in category 4 and can be printed for the general manager to sign.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="34" />
        <source>{label}不是有效的号码。</source>
        <translation>{label} is not a valid number.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="36" />
        <source>{label}被 Excel 存成了数字，末几位已丢失。请把这一列设为“文本”格式，重新填写号码后再导入。</source>
        <translation>Excel stored {label} as a number and lost its last digits. Format the column as Text, type the numbers again and import.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="45" />
        <source>{label}不是有效日期。</source>
        <translation>{label} is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="47" />
        <source>{label}“{value}”不是有效日期，请按 2024-03-15 的格式填写。</source>
        <translation>{label} "{value}" is not a valid date; write it like 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="56" />
        <source>{label}应填数字，现为“{value}”。</source>
        <translation>{label} should be a number, not "{value}".</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="58" />
        <source>{label}“{value}”不是有限的数字。</source>
        <translation>{label} "{value}" is not a finite number.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="69" />
        <source>“{value}”不能说明是企业还是个人：请填“企业”或“个人”。</source>
        <translation>"{value}" does not say enterprise or individual: write 企业 or 个人.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="91" />
        <source>{label}应填整数，现为“{value}”。</source>
        <translation>{label} should be a whole number, not "{value}".</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_values.py" line="104" />
        <source>{label}请填“是”或“否”，现为“{value}”。</source>
        <translation>{label} should be 是 or 否, not "{value}".</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_columns.py" line="104" />
        <source>企业/个人</source>
        <translation>Enterprise/individual</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/import_columns.py" line="106" />
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="154" />
        <source>文件的第一个工作表是空的，没有可导入的内容。</source>
        <translation>The first sheet of the file is empty; there is nothing to import.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="157" />
        <source>第一行不是表头：没有认出任何列名。请在第一行写上“单位名称”“统一社会信用代码”“地址”“电话”等列名后再导入。</source>
        <translation>The first row is not a heading row: no column name was recognised. Put names such as 单位名称, 统一社会信用代码, 地址, 电话 in the first row and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="159" />
        <source>没有找到名称列：请把单位名称（或个人姓名）所在的列标为“单位名称”或“姓名”。</source>
        <translation>No name column: head the column of company (or person) names 单位名称 or 姓名.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="162" />
        <source>“{label}”对应了不止一列，请只保留一列。</source>
        <translation>More than one column is mapped to "{label}"; keep only one.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="165" />
        <source>没有名为“{field}”的字段。</source>
        <translation>There is no field called "{field}".</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="200" />
        <source>这一格是合并单元格的一部分：请取消合并，并在每一行填上自己的值。</source>
        <translation>This cell is part of a merged range: unmerge it and fill in each row's own value.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="204" />
        <source>这一格是公式，但没有计算结果：请在 Excel 中打开并保存一次，或把公式改为数值后再导入。</source>
        <translation>This cell is a formula without a computed value: open and save the file once in Excel, or replace the formula by its value.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="217" />
        <source>“{label}”只用于{other}客户，这一行是{kind}客户：请删去这个值，或改正“企业/个人”。</source>
        <translation>"{label}" is only for {other} customers and this row is a {kind} customer: remove the value or correct 企业/个人.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="237" />
        <source>与第 {row} 行的号码相同：同一客户只能有一张档案卡，请删去重复的一行。</source>
        <translation>Same number as row {row}: a customer has one card only; delete the repeated row.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="270" />
        <source>重复客户的处理方式只能是 skip（跳过）或 update（更新）。</source>
        <translation>Customers already in the archive can only be skipped (skip) or updated (update).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="290" />
        <source>表头下面没有任何数据行。</source>
        <translation>There are no data rows below the heading.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="316" />
        <source>{count} 行有问题，没有导入任何档案卡。请按问题清单改正文件后重新导入。</source>
        <translation>{count} rows have problems; no card was imported. Correct the file from the problem list and import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="330" />
        <source>文件在检查之后被改动过：请重新检查后再导入。</source>
        <translation>The file changed after it was checked: check it again before importing.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="333" />
        <source>导入自“{name}”（SHA-256 {sha}）</source>
        <translation>Imported from "{name}" (SHA-256 {sha})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="402" />
        <source>第 {row} 行对应的档案卡刚被其他用户更正，没有导入任何档案卡。请重新导入。</source>
        <translation>The card of row {row} was just corrected by another user; no card was imported. Import again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="432" />
        <source>请写明撤销导入的原因，例如 导入了错误的名册。</source>
        <translation>Give the reason for undoing the import, e.g. the wrong roster was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="436" />
        <source>没有编号为 {id} 的导入。</source>
        <translation>There is no import number {id}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="438" />
        <source>这次导入已于 {at} 撤销。</source>
        <translation>This import was undone on {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="441" />
        <source>这次导入的 {count} 张档案卡此后已被更正（如 {numbers}），不能整批撤销。</source>
        <translation>{count} cards of this import have been corrected since (e.g. {numbers}); it cannot be undone as a whole.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/exchange/customer_import.py" line="472" />
        <source>这次导入的档案卡已有归档文件、借阅或信用记录，不能整批撤销；请逐张更正。</source>
        <translation>Cards of this import already have papers, loans or credit records; it cannot be undone as a whole. Correct them one by one.</translation>
    </message>
</context>
<context>
    <name>ImportWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="49" />
        <source>导入客户名册</source>
        <translation>Import customer roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="58" />
        <source>请选择 .xlsx 或 .csv 名册文件</source>
        <translation>Choose a .xlsx or .csv roster file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="59" />
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="65" />
        <source>跳过（保留档案中的档案卡）</source>
        <translation>Skip (keep the card in the archive)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="66" />
        <source>按名册更新（逐项记入档案卡历史）</source>
        <translation>Update from the roster (each change in the card's history)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="69" />
        <source>名册文件</source>
        <translation>Roster file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="70" />
        <source>信用代码或身份证号已在档案中时</source>
        <translation>When the credit code or ID number is already in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="73" />
        <source>名册中的列名</source>
        <translation>Column in the roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="73" />
        <source>前几行的内容</source>
        <translation>First values</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="73" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="78" />
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="259" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="78" />
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="259" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="78" />
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="259" />
        <source>内容</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="78" />
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="259" />
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="85" />
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="87" />
        <source>保存问题清单…</source>
        <translation>Save problem list…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="89" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="99" />
        <source>列的对应（可改“导入为”，不需要的列选“（不导入）”）：</source>
        <translation>Columns (change "Import as"; choose "(not imported)" for columns you do not need):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="107" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="107" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="107" />
        <source>导入人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="107" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="107" />
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="108" />
        <source>新建</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="108" />
        <source>更新</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="108" />
        <source>跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="108" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="112" />
        <source>撤销所选导入…</source>
        <translation>Undo selected import…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="123" />
        <source>导入名册</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="124" />
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="133" />
        <source>选择客户名册</source>
        <translation>Choose customer roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="134" />
        <source>名册 (*.xlsx *.csv);;所有文件 (*)</source>
        <translation>Rosters (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="155" />
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="163" />
        <source>“%1”：%2 行数据。请核对列的对应，然后按“检查”。</source>
        <translation>"%1": %2 data rows. Check the column mapping, then press Check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="180" />
        <source>列的对应已改动，请重新检查。</source>
        <translation>The column mapping changed; check again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="190" />
        <source>导入中断：{error}。没有写入任何档案卡。</source>
        <translation>Import interrupted: {error}. No card was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="217" />
        <source>已导入（导入编号 %1）：新建 %2 张，更新 %3 张，跳过 %4 张。如有错误，可在“导入记录”中整批撤销。</source>
        <translation>Imported (import %1): %2 created, %3 updated, %4 skipped. If it was wrong, undo it as a whole under Import history.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="244" />
        <source>共 %1 行数据：新建 %2 张，已在档案中 %3 张</source>
        <translation>%1 data rows: %2 new cards, %3 already in the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="247" />
        <source>（其中 %1 张将更新）</source>
        <translation>(%1 of them will be updated)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="250" />
        <source>。%1 行有问题（共 %2 处），改正文件后重新检查；在此之前不会导入任何一行。</source>
        <translation>. %1 rows have problems (%2 in all); correct the file and check again. Nothing is imported until then.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="253" />
        <source>。检查通过，可以导入。</source>
        <translation>. The check passed; you can import.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="259" />
        <source>问题清单</source>
        <translation>Problem list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="268" />
        <source>已于 %1 撤销</source>
        <translation>Undone on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="270" />
        <source>可撤销</source>
        <translation>Can be undone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="270" />
        <source>已有更正，不可整批撤销</source>
        <translation>Corrected since; cannot be undone as a whole</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="278" />
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/import_window.py" line="278" />
        <source>请先在导入记录中选择一次导入。</source>
        <translation>First select an import in the history.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/common/job_dialog.py" line="24" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/job_dialog.py" line="26" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop_crm/ui/common/language_menu.py" line="22" />
        <source>语言 / Language</source>
        <translation>Language / 语言</translation>
    </message>
</context>
<context>
    <name>LendingDesk</name>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="87" />
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="116" />
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="117" />
        <source>借阅登记</source>
        <translation>Lending desk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="91" />
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="95" />
        <source>未还</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="91" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="91" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="94" />
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="94" />
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="94" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="94" />
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="95" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="95" />
        <source>应还</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="95" />
        <source>件数</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="96" />
        <source>续借</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="96" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="96" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="96" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="100" />
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="104" />
        <source>新借阅单…</source>
        <translation>New slip…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="104" />
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="105" />
        <source>打印借阅单</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="105" />
        <source>续借…</source>
        <translation>Renew…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="106" />
        <source>催还单</source>
        <translation>Reminder notice</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="119" />
        <source>&lt;span style='color:#b00020'&gt;■&lt;/span&gt; 逾期未还</source>
        <translation>&lt;span style='color:#b00020'&gt;■&lt;/span&gt; overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="132" />
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="133" />
        <source>已还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="133" />
        <source>借出中</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="137" />
        <source>共 %1 张，其中逾期 %2 张</source>
        <translation>%1 slips, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="148" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>已续借</source>
        <translation type="vanished">Renewed</translation>
    </message>
    <message>
        <source>%1 应还日期延至 %2。</source>
        <translation type="vanished">%1 is now due on %2.</translation>
    </message>
    <message>
        <source>纸张</source>
        <translation type="vanished">Paper</translation>
    </message>
    <message>
        <source>打印在：</source>
        <translation type="vanished">Print on:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="215" />
        <source>催还单 — %1</source>
        <translation>Reminder — %1</translation>
    </message>
</context>
<context>
    <name>LocateDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="39" />
        <source>上架或移动</source>
        <translation>Shelve or move</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="42" />
        <source>活页卷</source>
        <translation>Binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="43" />
        <source>固定卷</source>
        <translation>Fixed volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="46" />
        <source>整个活页卷</source>
        <translation>Whole binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="54" />
        <source>对象</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="55" />
        <source>客户编号</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="56" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="57" />
        <source>档号</source>
        <translation>Archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="58" />
        <source>放到位置</source>
        <translation>Put at</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/shelves/shelve_dialogs.py" line="62" />
        <source>上架</source>
        <translation>Shelve</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="25" />
        <source>登录 — 客户档案管理台</source>
        <translation>Log in — Archive Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="29" />
        <source>客户档案管理台</source>
        <translation>Archive Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="31" />
        <source>档案库：%1</source>
        <translation>Archive: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="37" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="38" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="40" />
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="77" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="41" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/login_dialog.py" line="74" />
        <source>请稍候 %1 秒</source>
        <translation>Wait %1 s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="71" />
        <source>客户档案管理台 — %1</source>
        <translation>Archive Desk — %1</translation>
    </message>
    <message>
        <source>搜索：名称中任意字词、拼音首字母（如 hzxh）、登记编号、信用代码、电话</source>
        <translation type="vanished">Search: any part of the name, pinyin initials (e.g. hzxh), number, credit code, phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="78" />
        <source>搜索：名称中任意字词、拼音（首字母如 hzxh 或全拼）、登记编号、信用代码、电话（可不带“-”）</source>
        <translation>Search: any word of the name, pinyin (initials like hzxh, or in full), registration number, credit code, phone (with or without "-")</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="84" />
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="92" />
        <location filename="../../desktop_crm/ui/main_window.py" line="99" />
        <source>%1：全部</source>
        <translation>%1: all</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="105" />
        <source>含已清除</source>
        <translation>Include cleared</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="133" />
        <source>&lt;span style='color:#b00020'&gt;■&lt;/span&gt; 不良　&lt;span style='color:#888888'&gt;■&lt;/span&gt; 已清除</source>
        <translation>&lt;span style='color:#b00020'&gt;■&lt;/span&gt; bad　&lt;span style='color:#888888'&gt;■&lt;/span&gt; cleared</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="135" />
        <source>列表中红色的行是不良客户，灰色的行是已清除的客户。</source>
        <translation>Red rows are bad customers, grey rows cleared customers.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="152" />
        <source>当前用户：%1 · 档案库：%2</source>
        <translation>User: %1 · Archive: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="170" />
        <source>新建企业客户</source>
        <translation>New enterprise customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="173" />
        <source>新建个人客户</source>
        <translation>New individual customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="176" />
        <source>打开档案卡</source>
        <translation>Open card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="180" />
        <source>打开活页卷</source>
        <translation>Open binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="183" />
        <source>缺件清单…</source>
        <translation>Missing papers…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="185" />
        <source>借阅登记…</source>
        <translation>Lending desk…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="188" />
        <source>发放客户资料…</source>
        <translation>Hand out customer data…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="190" />
        <source>发放登记…</source>
        <translation>Hand-out register…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="193" />
        <source>查询登记簿…</source>
        <translation>Query register…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="195" />
        <source>信用…</source>
        <translation>Credit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="198" />
        <source>账龄分析与不良客户…</source>
        <translation>Ageing and bad customers…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="201" />
        <source>客户构成分析…</source>
        <translation>Customer composition analysis…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="203" />
        <source>年度立卷…</source>
        <translation>Year-end binding…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="205" />
        <source>今日待办…</source>
        <translation>Today's work…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="207" />
        <source>全面修订核查…</source>
        <translation>Full reviews…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="209" />
        <source>客户名册…</source>
        <translation>Customer rosters…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="211" />
        <source>按销售额评定客户等级…</source>
        <translation>Grade customers from sales…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="213" />
        <source>手定客户等级…</source>
        <translation>Set grade by hand…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="215" />
        <source>访问日报与投诉…</source>
        <translation>Visit reports and complaints…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="217" />
        <source>客户拜访路线表…</source>
        <translation>Visiting route sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="219" />
        <source>库房位置…</source>
        <translation>Archive room…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="221" />
        <source>保管期限与销毁…</source>
        <translation>Retention and destruction…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="224" />
        <source>备份…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="226" />
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="228" />
        <source>导入客户名册…</source>
        <translation>Import customer roster…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="230" />
        <source>导出客户清单…</source>
        <translation>Export customer list…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="232" />
        <source>打印客户清单…</source>
        <translation>Print customer list…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="234" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="237" />
        <source>用户管理…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="239" />
        <source>档案库设置…</source>
        <translation>Archive settings…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="241" />
        <location filename="../../desktop_crm/ui/main_window.py" line="587" />
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="243" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="245" />
        <location filename="../../desktop_crm/ui/main_window.py" line="247" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="247" />
        <source>客户档案管理台 Archive Desk %1</source>
        <translation>Archive Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="249" />
        <source>档案(&amp;A)</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="269" />
        <source>信用(&amp;C)</source>
        <translation>&amp;Credit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="273" />
        <source>利用(&amp;U)</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="277" />
        <source>管理(&amp;M)</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="281" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="284" />
        <source>常用</source>
        <translation>Common</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="315" />
        <source>发放客户资料</source>
        <translation>Hand out customer data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="315" />
        <location filename="../../desktop_crm/ui/main_window.py" line="397" />
        <location filename="../../desktop_crm/ui/main_window.py" line="432" />
        <source>请先在列表中选择客户。</source>
        <translation>Select a customer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="397" />
        <source>访问日报与投诉</source>
        <translation>Visit reports and complaints</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="413" />
        <location filename="../../desktop_crm/ui/main_window.py" line="423" />
        <source>按销售额评定客户等级</source>
        <translation>Grade customers from sales</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="414" />
        <source>按近12个月的出货金额和档案库设置中的门槛，重新评定全部在用档案卡的等级（手定的等级保留）。每一处改变都记入该卡的更正记录。现在评定吗？</source>
        <translation>Grade every card in use again from the last twelve months' goods out and the thresholds in the archive settings (grades set by hand are kept). Every change goes into the card's correction record. Grade now?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="420" />
        <source>未能评定</source>
        <translation>Could not grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="423" />
        <source>改变 %1 户，不变 %2 户，手定保留 %3 户。</source>
        <translation>%1 changed, %2 unchanged, %3 kept as set by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="432" />
        <source>手定客户等级</source>
        <translation>Set grade by hand</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="478" />
        <source>%1 张借阅单逾期未还</source>
        <translation>%1 borrow slips overdue</translation>
    </message>
    <message>
        <source>%1 张借阅单逾期未还（%2）</source>
        <translation type="vanished">%1 borrow slips overdue (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="483" />
        <source>%1 份发放资料超过收回日期</source>
        <translation>%1 hand-out copies are past their recall date</translation>
    </message>
    <message>
        <source>逾期提醒</source>
        <translation type="vanished">Overdue</translation>
    </message>
    <message>
        <source>现在打开借阅登记吗？</source>
        <translation type="vanished">Open the lending desk now?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="518" />
        <source>客户档案</source>
        <translation>Customer records</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="524" />
        <source>客户清单</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="560" />
        <source>（已超过 %1 天，请备份）</source>
        <translation> (more than %1 days: please back up)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="569" />
        <source>正在自动备份… %1%</source>
        <translation>Automatic backup… %1%</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="576" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="584" />
        <source>演示密码</source>
        <translation>Demo password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="585" />
        <source>%1 仍在使用公开的演示密码，任何人都能以此账号登录。请现在修改密码。</source>
        <translation>%1 still uses the published demo password: anyone can sign in with this account. Change the password now.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="588" />
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="659" />
        <source>已保存 %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="677" />
        <source>共 %1 户</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="684" />
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="685" />
        <source>发现 %1 保存的未完成档案卡“%2”。要继续编辑吗？
选择“否”将删除这份草稿。</source>
        <translation>An unfinished card "%2" was saved at %1. Continue editing it?
Choosing No deletes the draft.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../desktop_crm/domain/money.py" line="27" />
        <source>{label}应填金额数字，现为“{raw}”。</source>
        <translation>{label} must be an amount of money; it is “{raw}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/money.py" line="31" />
        <source>{label}应大于零。</source>
        <translation>{label} must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/money.py" line="29" />
        <source>{label}不能为负数。</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/money.py" line="33" />
        <source>{label}“{raw}”大得不合理：最多 {limit}。</source>
        <translation>{label} "{raw}" is implausibly large: at most {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/money.py" line="36" />
        <source>{label}“{raw}”最多两位小数（到分）。</source>
        <translation>{label} "{raw}" may have at most two decimals (to the fen).</translation>
    </message>
</context>
<context>
    <name>OptionalDateEntry</name>
    <message>
        <location filename="../../desktop_crm/ui/common/date_entry.py" line="68" />
        <source>从日历中选择</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="29" />
        <source>自动备份口令</source>
        <translation>Automatic backup passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="31" />
        <source>备份</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="31" />
        <source>跳过本次</source>
        <translation>Skip this time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="34" />
        <source>自动备份设为加密。请输入口令（本次打开期间记住，不保存到磁盘）：</source>
        <translation>Automatic backups are encrypted. Enter the passphrase (kept in memory for this session, never written to disk):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/automatic_backup.py" line="41" />
        <source>口令至少8位。</source>
        <translation>The passphrase needs at least 8 characters.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="33" />
        <source>共 %1 页</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="34" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="36" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="38" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="51" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="57" />
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="68" />
        <source>已按实际尺寸打印</source>
        <translation>Printed at true size</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/common/pdf_preview_dialog.py" line="69" />
        <source>页面按 1:1 实际尺寸打印，未缩放。此打印机纸边约 %1 毫米以内不能打印，若边缘内容缺失，请在打印机属性中选择“无边距”或换用边距更小的打印机。</source>
        <translation>Pages were printed at their true size (1:1), not scaled. This printer cannot print within about %1 mm of the paper's edge; if anything is missing at the edges, choose borderless printing in the printer's properties or use a printer with smaller margins.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="32" />
        <source>查询客户档案</source>
        <translation>query the customer archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="33" />
        <source>登记和修改客户档案卡</source>
        <translation>register and correct customer cards</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="34" />
        <source>归档、更正或撤出档案文件</source>
        <translation>file, correct or withdraw archive papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="35" />
        <source>办理档案借阅和归还</source>
        <translation>lend archive papers and take them back</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="36" />
        <source>批准借阅</source>
        <translation>approve loans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="37" />
        <source>同意发放客户资料</source>
        <translation>consent to handing out customer data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="38" />
        <source>发放客户资料</source>
        <translation>hand out customer data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="39" />
        <source>年度立卷装订</source>
        <translation>bind the year's volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="40" />
        <source>管理用户</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="41" />
        <source>查看查询登记</source>
        <translation>read the query register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="42" />
        <source>修改档案库设置</source>
        <translation>change the archive's settings</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="43" />
        <source>备份和恢复档案库</source>
        <translation>back up and restore the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="44" />
        <source>批量导入客户档案卡</source>
        <translation>import customer cards in bulk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="45" />
        <source>修复档案库（重建检索索引、清除无主扫描件）</source>
        <translation>repair the archive (rebuild the search index, remove scans attached to nothing)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="46" />
        <source>登记库房位置和上架</source>
        <translation>register places and shelve</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="47" />
        <source>鉴定到期案卷并提出销毁</source>
        <translation>appraise expired volumes and propose destruction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="48" />
        <source>批准销毁清册</source>
        <translation>approve destruction lists</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="49" />
        <source>执行档案销毁</source>
        <translation>carry out destruction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/permissions.py" line="78" />
        <source>您的角色（{label}）无权{value}。如确需办理，请联系档案管理员。</source>
        <translation>Your role ({label}) may not {value}. If it must be done, please ask the archive custodian.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="120" />
        <source>还款计划</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="122" />
        <source>欠款还款协议编号，如 HK-2026-007</source>
        <translation>Repayment agreement number, e.g. HK-2026-007</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="124" />
        <source>应还日期（YYYY-MM-DD）</source>
        <translation>Due date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="124" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="128" />
        <source>加一期</source>
        <translation>Add instalment</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="130" />
        <source>删除所选一期</source>
        <translation>Remove selected instalment</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="140" />
        <source>欠款</source>
        <translation>Debt</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="140" />
        <source>%1 欠 %2 元，%3 到期</source>
        <translation>%1 owed %2 yuan, due %3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="142" />
        <source>协议编号</source>
        <translation>Agreement number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="148" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="176" />
        <source>合计 %1 元，欠款 %2 元，%3</source>
        <translation>Total %1 yuan, debt %2 yuan, %3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="178" />
        <source>相符</source>
        <translation>matching</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="178" />
        <source>差 %1 元</source>
        <translation>%1 yuan apart</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="187" />
        <source>第 %1 期的日期“%2”请按 YYYY-MM-DD 填写。</source>
        <translation>Write the date “%2” of instalment %1 as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="192" />
        <source>请至少填写一期。</source>
        <translation>Please fill in at least one instalment.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="195" />
        <source>请填写欠款还款协议编号。</source>
        <translation>Please fill in the repayment agreement number.</translation>
    </message>
</context>
<context>
    <name>ProposeDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="57" />
        <source>提出销毁清册</source>
        <translation>Propose a destruction list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="59" />
        <source>鉴定意见，印在销毁清册上</source>
        <translation>Appraisal opinion, printed on the destruction list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="62" />
        <source>鉴定为销毁、尚未列入清册的案卷将全部列入这份清册，经另一位经理批准后才能销毁。</source>
        <translation>Every volume appraised for destruction and not yet on a list goes on this list; nothing is destroyed until another manager approves it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_dialogs.py" line="65" />
        <source>提出</source>
        <translation>Propose</translation>
    </message>
</context>
<context>
    <name>QueryLog</name>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="30" />
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="31" />
        <source>查阅档案卡</source>
        <translation>Opened card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="32" />
        <source>查阅更正记录</source>
        <translation>Correction record read</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="33" />
        <source>查阅活页卷</source>
        <translation>Opened binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="34" />
        <source>查阅目录</source>
        <translation>Catalogue read</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="35" />
        <source>查阅文件</source>
        <translation>Paper read</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="36" />
        <source>查阅扫描件</source>
        <translation>Scans viewed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="37" />
        <source>查阅登记表</source>
        <translation>Register read</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="38" />
        <source>查阅信用资料</source>
        <translation>Credit records read</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="39" />
        <source>查阅汇总清单</source>
        <translation>Desk-wide list read</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="40" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="41" />
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="42" />
        <source>发放</source>
        <translation>Hand-out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="43" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>QueryLogWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="28" />
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="47" />
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="63" />
        <source>查询登记簿</source>
        <translation>Query register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="33" />
        <source>查询</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="35" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="37" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="37" />
        <source>查询人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="37" />
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="37" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="38" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="43" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/query_register_window.py" line="43" />
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <location filename="../../desktop_crm/ui/common/reason_form.py" line="36" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RecordReviewDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="33" />
        <source>登记核查</source>
        <translation>Record review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="35" />
        <source>核对确认的内容；留空为“全部内容核对无误”</source>
        <translation>What was confirmed; empty means “everything checked and correct”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="36" />
        <source>在档案卡中更正后，写明更正了什么</source>
        <translation>After correcting the card, say what was corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="41" />
        <source>档案卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="42" />
        <source>上次核查</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="43" />
        <source>核对确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="44" />
        <source>更正内容</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="45" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="15" />
        <source>执行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="15" />
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="16" />
        <source>已终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="17" />
        <source>出货</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="17" />
        <source>进货</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="18" />
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="18" />
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="19" />
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="41" />
        <source>合同订单登记表</source>
        <translation>Contracts and orders register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="42" />
        <source>合同/订单号</source>
        <translation>Contract/order no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="43" />
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="44" />
        <source>标的/产品</source>
        <translation>Subject/product</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="45" />
        <location filename="../../desktop_crm/domain/register_values.py" line="54" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="46" />
        <location filename="../../desktop_crm/domain/register_values.py" line="55" />
        <location filename="../../desktop_crm/domain/register_values.py" line="62" />
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="47" />
        <source>期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="48" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="50" />
        <source>产品进出货情况登记表</source>
        <translation>Goods in/out register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="51" />
        <location filename="../../desktop_crm/domain/register_values.py" line="59" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="52" />
        <source>进/出</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="53" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="56" />
        <location filename="../../desktop_crm/domain/register_values.py" line="60" />
        <source>对应订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="58" />
        <source>退赔折价情况登记表</source>
        <translation>Returns and discounts register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="61" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="63" />
        <source>审批状态</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="76" />
        <source>{label}“{raw}”不是有效日期，请按 2024-03-15 填写。</source>
        <translation>{label} “{raw}” is not a valid date; write it as 2024-03-15.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="78" />
        <source>{label}晚于今天，请核对。</source>
        <translation>{label} is after today; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="84" />
        <source>{label}应填数字，现为“{raw}”。</source>
        <translation>{label} must be a number; it is “{raw}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="86" />
        <source>{label}不能为负数。</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="92" />
        <source>请从列表中选择{label}。</source>
        <translation>Please choose {label} from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="95" />
        <source>{label}过长，最多{max_length}字。</source>
        <translation>{label} is too long; at most {max_length} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="97" />
        <source>{label}请从 {value} 中选择。</source>
        <translation>Choose {label} from {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="111" />
        <source>请填写{label}。</source>
        <translation>Please fill in {label}.</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="129" />
        <source>登记</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="129" />
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="130" />
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="161" />
        <source>撤销</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="160" />
        <source>撤销登记条目</source>
        <translation>Withdraw entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="161" />
        <source>撤销原因</source>
        <translation>Why it is withdrawn</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/register_panel.py" line="161" />
        <source>将记入更正记录</source>
        <translation>Goes into the correction record</translation>
    </message>
    <message>
        <source>撤销原因（将记入更正记录）：</source>
        <translation type="vanished">Reason (goes into the correction record):</translation>
    </message>
    <message>
        <source>未能撤销</source>
        <translation type="vanished">Not withdrawn</translation>
    </message>
</context>
<context>
    <name>RenewDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="224" />
        <source>续借 %1</source>
        <translation>Renew %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="229" />
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="230" />
        <source>原应还日期</source>
        <translation>Due date until now</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="231" />
        <source>已续借</source>
        <translation>Renewed before</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="231" />
        <source>%1 次</source>
        <translation>%1 times</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="232" />
        <source>延至</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="233" />
        <source>确认续借</source>
        <translation>Renew</translation>
    </message>
</context>
<context>
    <name>RepaymentDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="76" />
        <source>登记还款</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="81" />
        <source>银行转账</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="81" />
        <source>承兑汇票</source>
        <translation>acceptance bill</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="81" />
        <source>支票</source>
        <translation>cheque</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="81" />
        <source>现金</source>
        <translation>cash</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="86" />
        <source>%1 欠 %2 元，未还 %3 元，%4 到期</source>
        <translation>%1 owed %2 yuan, %3 yuan unpaid, due %4</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="95" />
        <source>还款日期</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="95" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="96" />
        <source>付款方式</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="96" />
        <source>冲销的欠款</source>
        <translation>Debts settled</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="100" />
        <source>不勾选时，先冲销最早到期的欠款。</source>
        <translation>With none ticked, the debt due first is settled first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/ledger_dialogs.py" line="102" />
        <source>登记</source>
        <translation>Register</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="42" />
        <source>申请信用额度</source>
        <translation>Request credit limit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="43" />
        <source>申请延期还款</source>
        <translation>Request deferral</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="44" />
        <source>申请退赔折价</source>
        <translation>Request return/discount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="52" />
        <source>%1 未还 %2 元，%3 到期</source>
        <translation>%1: %2 yuan unpaid, due %3</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="59" />
        <source>如 法定代表人个人担保</source>
        <translation>e.g. personal guarantee of the legal representative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="66" />
        <source>如 承运方 / 我方质检</source>
        <translation>e.g. the carrier / our quality control</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="71" />
        <source>申请额度（元）</source>
        <translation>Limit asked (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="73" />
        <source>延期的欠款</source>
        <translation>Debts to defer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="74" />
        <source>延至</source>
        <translation>New due date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="75" />
        <source>担保</source>
        <translation>Guarantee</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="77" />
        <source>合同订单</source>
        <translation>Contract or order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="77" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="78" />
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="78" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="79" />
        <source>责任方</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="79" />
        <source>责任鉴定</source>
        <translation>Finding of responsibility</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="81" />
        <source>申请理由</source>
        <translation>Reason for the request</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit/approval_dialogs.py" line="82" />
        <source>保存草稿</source>
        <translation>Save draft</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="37" />
        <source>从备份恢复</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="40" />
        <source>恢复到一个新的空文件夹，正在使用的档案库不受影响。恢复后可以直接打开恢复的档案库核对。</source>
        <translation>Restores into a new, empty folder; the archive in use is not touched. Afterwards you can open the restored archive to check it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="44" />
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="51" />
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="57" />
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="88" />
        <source>未加密的备份不需要口令</source>
        <translation>An unencrypted backup needs no passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="59" />
        <source>备份文件</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="60" />
        <source>恢复到（新文件夹）</source>
        <translation>Restore into (new folder)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="61" />
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="37" />
        <source>开始恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="66" />
        <source>选择备份文件</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="67" />
        <source>档案备份 (*.zip *.adbk);;所有文件 (*)</source>
        <translation>Archive backups (*.zip *.adbk);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="73" />
        <source>恢复到哪个文件夹</source>
        <translation>Folder to restore into</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="88" />
        <source>请输入备份时设定的口令</source>
        <translation>Enter the passphrase set when backing up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="94" />
        <source>请选择备份文件和恢复到的文件夹。</source>
        <translation>Choose the backup file and the folder to restore into.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="100" />
        <source>恢复中断：{error}。没有改动任何档案库。</source>
        <translation>The restore stopped: {error}. No archive was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="100" />
        <source>正在核对并恢复…</source>
        <translation>Checking and restoring…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="105" />
        <source>已恢复到 %1（备份时间 %2）：客户 %3 户，文件 %4 份，扫描件 %5 份。</source>
        <translation>Restored into %1 (backed up %2): %3 customers, %4 papers, %5 scans.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="112" />
        <source>此备份不含数据库（PostgreSQL 模式）：请用 pg_restore 从服务器的备份恢复数据库。</source>
        <translation>This backup holds no database (PostgreSQL mode): restore the database from the server's backup with pg_restore.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="114" />
        <source>打开恢复的档案库</source>
        <translation>Open the restored archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/upkeep/restore_dialog.py" line="115" />
        <source>要现在打开恢复的档案库吗？本窗口将关闭，档案管理台以恢复的档案库重新启动。</source>
        <translation>Open the restored archive now? This window closes and Archive Desk starts again on the restored archive.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="43" />
        <source>继续保存</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="44" />
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="45" />
        <source>待批准</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="46" />
        <source>已批准，待销毁</source>
        <translation>Approved, to be destroyed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="47" />
        <source>未批准</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="48" />
        <source>已销毁</source>
        <translation>Destroyed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="66" />
        <source>继续保存的期限须为 10年、30年 或 永久。</source>
        <translation>Keep for 10 years, 30 years or permanently.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="79" />
        <source>请写明鉴定理由（为什么继续保存或销毁）。</source>
        <translation>Please give the reason for the appraisal (why keep or destroy).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="99" />
        <source>{code} 已经销毁。</source>
        <translation>{code} has already been destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="102" />
        <source>{code} 为永久保存，不能销毁。</source>
        <translation>{code} is kept permanently and cannot be destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="104" />
        <source>{code} 的保管期限到 {date} 才满，未到期不能销毁。</source>
        <translation>{code} must be kept until {date}; it cannot be destroyed before.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="107" />
        <source>{code} 有 {count} 份文件借出未还，归还后才能鉴定销毁。</source>
        <translation>{code} has {count} papers on loan; they must be returned before it can be destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="110" />
        <source>{code} 的客户尚有 {count} 笔欠款未清，其档案不能销毁。</source>
        <translation>The customer of {code} has {count} unpaid debts; its files cannot be destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="113" />
        <source>{code} 的客户尚有 {count} 份审批未办结，其档案不能销毁。</source>
        <translation>The customer of {code} has {count} approvals still open; its files cannot be destroyed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="116" />
        <source>{code} 已列入销毁清册 {number}。</source>
        <translation>{code} is already on destruction list {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="124" />
        <source>销毁清册须由经理批准；您的角色（{label}）不能批准。</source>
        <translation>A destruction list is approved by a manager; your role ({label}) cannot approve it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="127" />
        <source>销毁清册不能由提出人自己批准，请另一位经理审批。</source>
        <translation>A destruction list cannot be approved by the person who proposed it; ask another manager.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="133" />
        <source>销毁清册 {number} 现为“{state}”，只有待批准的清册可以审批。</source>
        <translation>Destruction list {number} is “{state}”; only a list awaiting approval can be decided.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="134" />
        <source>销毁清册 {number} 现为“{state}”，须经经理批准后才能执行销毁。</source>
        <translation>Destruction list {number} is “{state}”; it must be approved by a manager before it is carried out.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/retention_rules.py" line="142" />
        <source>销毁须有两名监销人在场，请填写两位不同监销人的姓名。</source>
        <translation>Destruction needs two witnesses; please enter the names of two different witnesses.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/retention/appraisal.py" line="69" />
        <source>截至日期 {date} 早于最早一卷的立卷日期 {first}，那时还没有案卷，更谈不上到期；请给出立卷以后的日期。</source>
        <translation>The date {date} is before the first volume was bound ({first}); nothing could have expired then. Please give a later date.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/retention/appraisal.py" line="132" />
        <source>没有档号为 {code} 的案卷。</source>
        <translation>There is no volume with archive code {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/retention/appraisal.py" line="150" />
        <source>{code} 的保管期限未满（{until}），不需鉴定。</source>
        <translation>{code} is kept until {until}; it needs no appraisal yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/retention/appraisal.py" line="154" />
        <source>{code} 已列入销毁清册 {number}，请在清册审批后再办。</source>
        <translation>{code} is on destruction list {number}; wait until that list has been decided.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/retention/destruction.py" line="65" />
        <source>{codes} 尚未鉴定为销毁（或已在清册中），不能列入销毁清册；请先鉴定。</source>
        <translation>{codes} have not been appraised for destruction (or are on a list already); appraise them first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/retention/destruction.py" line="69" />
        <source>没有鉴定为销毁、尚未列入清册的案卷。请先在到期鉴定清单中鉴定。</source>
        <translation>No volume is appraised for destruction and waiting for a list. Appraise volumes on the appraisal list first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/retention/destruction.py" line="93" />
        <source>没有编号为 {number} 的销毁清册。</source>
        <translation>There is no destruction list {number}.</translation>
    </message>
</context>
<context>
    <name>RetentionWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="30" />
        <source>保管期限与销毁</source>
        <translation>Retention and destruction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="36" />
        <source>档号</source>
        <translation>Archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="36" />
        <source>案卷题名</source>
        <translation>Volume title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="36" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="36" />
        <source>到期日</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="37" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="37" />
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="37" />
        <source>鉴定</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="37" />
        <source>清册</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="38" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="38" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="38" />
        <source>卷数</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="38" />
        <source>提出人</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="38" />
        <source>提出日期</source>
        <translation>Proposed on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="39" />
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="39" />
        <source>销毁日期</source>
        <translation>Destroyed on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="50" />
        <source>截至</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="54" />
        <source>鉴定…</source>
        <translation>Appraise…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="55" />
        <source>提出销毁清册…</source>
        <translation>Propose destruction list…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="60" />
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="61" />
        <source>到期鉴定清单</source>
        <translation>Volumes due for appraisal</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="69" />
        <source>审批…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="70" />
        <source>执行销毁…</source>
        <translation>Carry out…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="71" />
        <source>打印清册…</source>
        <translation>Print list…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="80" />
        <source>到期鉴定</source>
        <translation>Appraisal of expired volumes</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="81" />
        <source>销毁清册</source>
        <translation>Destruction lists</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="109" />
        <source>请先在列表中选中一行。</source>
        <translation>Please select a row in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="122" />
        <source>已记录 %1 的鉴定。</source>
        <translation>Appraisal of %1 recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="125" />
        <source>已提出销毁清册 %1，待经理批准。</source>
        <translation>Destruction list %1 proposed; awaiting a manager's approval.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="130" />
        <source>已审批销毁清册 %1。</source>
        <translation>Destruction list %1 decided.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="135" />
        <source>销毁清册 %1 已执行。</source>
        <translation>Destruction list %1 carried out.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/retention/retention_window.py" line="146" />
        <source>档案销毁清册</source>
        <translation>Destruction list</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="45" />
        <source>归还 — %1</source>
        <translation>Return — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="55" />
        <source>完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="58" />
        <source>归还日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="59" />
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="61" />
        <source>收回</source>
        <translation>Take back</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/control/lending_desk.py" line="65" />
        <source>借阅人：%1　应还：%2</source>
        <translation>Borrower: %1  Due: %2</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <location filename="../../desktop_crm/services/cards/reviews.py" line="90" />
        <source>核对确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/reviews.py" line="91" />
        <source>更正内容</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/reviews.py" line="93" />
        <source>核查日期不能晚于今天。</source>
        <translation>The review date cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/reviews.py" line="97" />
        <source>没有登记编号为 {number} 的客户。</source>
        <translation>There is no customer numbered {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/cards/reviews.py" line="99" />
        <source>{number} 已清除，不再核查。</source>
        <translation>{number} has been cleared and is not reviewed any more.</translation>
    </message>
</context>
<context>
    <name>ReviewsWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="60" />
        <source>全面修订核查</source>
        <translation>Full reviews</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="63" />
        <source>登记编号</source>
        <translation>Registered number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="63" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="63" />
        <source>上次核查</source>
        <translation>Last review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="63" />
        <source>应核查日</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="64" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="71" />
        <source>打开档案卡（更正）</source>
        <translation>Open card (to correct)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="72" />
        <source>登记核查…</source>
        <translation>Record review…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="73" />
        <source>打印核查表…</source>
        <translation>Print review sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="78" />
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="79" />
        <source>到期核查清单</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="81" />
        <source>本周到期和已逾期的档案卡（红色为逾期）。先打开档案卡核对、更正，再登记核查。</source>
        <translation>Cards due this week and overdue (overdue in red). Open the card to check and correct it, then record the review.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="93" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="93" />
        <source>本周到期</source>
        <translation>due this week</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="95" />
        <source>到期 %1 张，其中逾期 %2 张；列出等待最久的 %3 张。</source>
        <translation>%1 due, %2 of them overdue; the %3 waiting longest are listed.</translation>
    </message>
    <message>
        <source>到期 %1 张，其中逾期 %2 张。</source>
        <translation type="vanished">%1 due, %2 of them overdue.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="101" />
        <source>请先在列表中选中一张档案卡。</source>
        <translation>Please select a card in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="117" />
        <source>已登记 %1 的核查；下次核查：%2。</source>
        <translation>Review of %1 recorded; next review: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/cards/reviews_window.py" line="126" />
        <source>客户档案全面修订核查表</source>
        <translation>Full review sheet of customer cards</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../desktop_crm/domain/roles.py" line="20" />
        <source>档案管理员</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/roles.py" line="21" />
        <source>业务经理</source>
        <translation>Business manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/roles.py" line="22" />
        <source>客户服务</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/roles.py" line="23" />
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/roles.py" line="24" />
        <source>业务员</source>
        <translation>Sales</translation>
    </message>
</context>
<context>
    <name>Rosters</name>
    <message>
        <location filename="../../desktop_crm/services/rosters/rosters.py" line="38" />
        <source>没有名为“{name}”的客户名册；可选：{rosters}。</source>
        <translation>There is no roster named “{name}”; choose one of {rosters}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/rosters/rosters.py" line="136" />
        <source>“{roster}”已有一轮增补调整在进行，请先结束它。</source>
        <translation>“{roster}” already has an update round open; close it first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/rosters/rosters.py" line="154" />
        <source>更正内容</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/rosters/rosters.py" line="158" />
        <source>“{roster}”没有进行中的增补调整，请先开始一轮。</source>
        <translation>“{roster}” has no update round open; open one first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/rosters/rosters.py" line="162" />
        <source>没有登记编号为 {number} 的客户。</source>
        <translation>There is no customer numbered {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/rosters/rosters.py" line="164" />
        <source>{number} 属于“{other}”，不在“{roster}”中。</source>
        <translation>{number} belongs to “{other}”, not to “{roster}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/rosters/rosters.py" line="183" />
        <source>“{roster}”没有进行中的增补调整。</source>
        <translation>“{roster}” has no update round open.</translation>
    </message>
</context>
<context>
    <name>RostersWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="52" />
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="147" />
        <source>客户名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="64" />
        <source>名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="68" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="68" />
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="73" />
        <source>开始增补调整</source>
        <translation>Open update round</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="73" />
        <source>核对无误</source>
        <translation>Checked</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="74" />
        <source>已更正…</source>
        <translation>Corrected…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="74" />
        <source>结束增补调整</source>
        <translation>Close update round</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="100" />
        <source>还没有做过增补调整（客户名册原则上两年增补或调整一次）。</source>
        <translation>No update round yet (a roster is brought up to date every two years).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="102" />
        <source>进行中</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="102" />
        <source>%1 结束</source>
        <translation>closed %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="103" />
        <source>%1 开始的增补调整（%2）：核对无误 %3 户，更正 %4 户，尚余 %5 户。</source>
        <translation>Update round opened %1 (%2): %3 checked, %4 corrected, %5 left.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="121" />
        <source>请先在名册中选中一户。</source>
        <translation>Please select a customer in the roster first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="150" />
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/rosters/rosters_window.py" line="152" />
        <source>已导出 %1</source>
        <translation>Exported %1</translation>
    </message>
</context>
<context>
    <name>RouteDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/route_dialog.py" line="14" />
        <location filename="../../desktop_crm/ui/visits/route_dialog.py" line="33" />
        <source>客户拜访路线表</source>
        <translation>Visiting route sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/route_dialog.py" line="20" />
        <source>路线区域</source>
        <translation>Route region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/route_dialog.py" line="21" />
        <source>生成并预览…</source>
        <translation>Make and preview…</translation>
    </message>
</context>
<context>
    <name>ScanViewerDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/binders/scan_viewer.py" line="44" />
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/scan_viewer.py" line="46" />
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binders/scan_viewer.py" line="112" />
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../../desktop_crm/services/authority.py" line="26" />
        <source>您的账号已停用，不能再办理；如有疑问请联系档案管理员。</source>
        <translation>Your account has been disabled and can do nothing more; ask the archive custodian if this is unexpected.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/authority.py" line="28" />
        <source>您的角色已变更，请重新登录后再办理。</source>
        <translation>Your role has changed; please sign in again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/authority.py" line="30" />
        <source>您正在使用档案管理员给的临时密码：请先修改密码，再办理其他事项。</source>
        <translation>You are on a temporary password from the custodian: change your password before doing anything else.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/transaction.py" line="15" />
        <source>另一台工作站或程序正在写入档案库，请稍后重试；已保存的内容没有改变。</source>
        <translation>Another workstation or program is writing to the archive; please try again in a moment. Nothing already saved has changed.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop_crm/services/session.py" line="52" />
        <source>档案库文件“{path}”位于网络共享文件夹上：SQLite 在网络共享上无法可靠加锁，多台电脑同时使用可能损坏档案库。请把档案库放在本机硬盘上；需要多台工作站共用时，请改用 PostgreSQL（--db postgresql://…）。</source>
        <translation>The archive file "{path}" is on a network share: SQLite cannot lock reliably there, and several computers using it at once may damage the archive. Keep the archive on this computer's own disk; to share it between workstations, use PostgreSQL (--db postgresql://…).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="39" />
        <source>编号</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="39" />
        <source>借阅</source>
        <translation>Lending</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="40" />
        <source>信用与审批</source>
        <translation>Credit and approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="40" />
        <source>立卷</source>
        <translation>Binding</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="41" />
        <source>复核</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="42" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="43" />
        <source>库房</source>
        <translation>Archive room</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="78" />
        <source>{label}“{raw}”不符合格式：{hint}</source>
        <translation>{label} “{raw}” is not in the expected form: {hint}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="81" />
        <source>{label}应在 {low} 至 {high} 之间。</source>
        <translation>{label} must be between {low} and {high}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="84" />
        <source>{label}应为 {choices} 之一。</source>
        <translation>{label} must be one of {choices}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="108" />
        <source>信用期 {days} 天，额度上限 {ceiling:,.0f} 元</source>
        <translation>{days} days' credit, limit at most {ceiling:,.0f} yuan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="164" />
        <source>文字</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="164" />
        <source>整数</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="165" />
        <source>从可选值中选择</source>
        <translation>one of the choices</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="166" />
        <source>角色代码，用逗号隔开，如 manager,business_manager</source>
        <translation>role codes separated by commas, e.g. manager,business_manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="167" />
        <source>信用期天数:额度上限，如 90:5000000</source>
        <translation>credit days:limit ceiling, e.g. 90:5000000</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="168" />
        <source>比例，如 0.9 或 90%</source>
        <translation>a share, e.g. 0.9 or 90%</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="172" />
        <source>全宗号应为1至10位大写字母或数字，例如 0456。</source>
        <translation>The fonds number must be 1 to 10 capital letters or digits, e.g. 0456.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="178" />
        <source>全宗名称须写立档单位全称（不超过100字），不用“本公司”等泛称。</source>
        <translation>The fonds name must be the filing unit's full name (at most 100 characters), not a vague “our company”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="184" />
        <source>目录号由字母、数字和 {year}（年度）组成，例如 {year}。</source>
        <translation>The catalogue number is made of letters, digits and {year} (the year), e.g. {year}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="188" />
        <source>类别号应为1至6位大写字母，例如 KH。</source>
        <translation>The class code must be 1 to 6 capital letters, e.g. KH.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="197" />
        <source>业务员不能审核或批准信用审批。</source>
        <translation>Sales staff cannot review or approve credit requests.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="209" />
        <source>备份文件夹须写完整路径，例如 D:\档案备份 或 /home/wang/档案备份；留空则不自动备份。</source>
        <translation>The backup folder needs a full path, e.g. D:\ArchiveBackups or /home/wang/backups; leave it empty for no automatic backups.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="221" />
        <source>档案管理员借期（天）</source>
        <translation>Custodian's loan period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="222" />
        <source>业务经理借期（天）</source>
        <translation>Business manager's loan period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="223" />
        <source>客户服务借期（天）</source>
        <translation>Customer service's loan period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="224" />
        <source>经理借期（天）</source>
        <translation>Manager's loan period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="227" />
        <source>“优秀”的交易条件</source>
        <translation>Trade terms for “excellent”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="228" />
        <source>“良好”的交易条件</source>
        <translation>Trade terms for “good”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="229" />
        <source>“一般”的交易条件</source>
        <translation>Trade terms for “fair”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="230" />
        <source>“风险”的交易条件</source>
        <translation>Trade terms for “risk”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="234" />
        <source>企业客户编号前缀</source>
        <translation>Enterprise number prefix</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="235" />
        <source>新登记的企业客户编号为 前缀-000001；已给出的编号不变。</source>
        <translation>New enterprise customers are numbered PREFIX-000001; numbers already given never change.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="236" />
        <source>个人客户编号前缀</source>
        <translation>Individual number prefix</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="242" />
        <source>续借次数上限</source>
        <translation>Renewals allowed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="243" />
        <source>发放资料收回期限（天）</source>
        <translation>Hand-out recall period (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="245" />
        <source>审核信用审批的角色</source>
        <translation>Roles that review credit requests</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="247" />
        <source>批准信用审批的角色</source>
        <translation>Roles that approve credit requests</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="251" />
        <source>接近信用额度的提示比例</source>
        <translation>Share of the limit that warns “near the limit”</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="253" />
        <source>全宗号</source>
        <translation>Fonds number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="254" />
        <source>全宗名称（立档单位全称）</source>
        <translation>Fonds name (full name of the filing unit)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="256" />
        <source>档号格式</source>
        <translation>Archive code form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="257" />
        <source>bound：全宗号-目录号-案卷号；dat13：DA/T 13-2022 的 全宗号-类别号·年度-案卷号。</source>
        <translation>bound: fonds-catalogue-volume; dat13: DA/T 13-2022's fonds-class·year-volume.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="259" />
        <source>目录号</source>
        <translation>Catalogue number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="261" />
        <source>类别号（DA/T 13 格式）</source>
        <translation>Class code (DA/T 13 form)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="263" />
        <source>每卷页数上限</source>
        <translation>Pages per volume at most</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="264" />
        <source>自动备份文件夹</source>
        <translation>Automatic backup folder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="265" />
        <source>自动备份写到这里（最好是另一块硬盘或移动硬盘）；留空则不自动备份。</source>
        <translation>Automatic backups are written here (best on another disk or a removable drive); empty means none.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="267" />
        <source>自动备份时机</source>
        <translation>When to back up automatically</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="268" />
        <source>daily：每天第一次打开时；exit：每次退出时；exit_daily：退出时，但每天至多一次；off：不自动备份。</source>
        <translation>daily: at the first start of each day; exit: every time the desk closes; exit_daily: at closing, at most once a day; off: never.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="270" />
        <source>保留自动备份份数</source>
        <translation>Automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="271" />
        <source>自动备份超过这个份数时，删除最早的自动备份；手工备份不会被删除。</source>
        <translation>Beyond this number the oldest automatic backups are removed; backups made by hand never are.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="272" />
        <source>自动备份加密</source>
        <translation>Encrypt automatic backups</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="273" />
        <source>yes：自动备份时询问口令（每次启动问一次），备份文件没有口令无法读取。</source>
        <translation>yes: asks for a passphrase (once per start); the backup cannot be read without it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="275" />
        <source>备份过期提醒（天）</source>
        <translation>Warn when the last backup is older than (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="277" />
        <source>库房位置的各级名称</source>
        <translation>Levels of a place in the archive room</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="278" />
        <source>从大到小2至4级，用逗号隔开，如 柜,层,格 或 排,列,层,盒；位置编号按此级数写，如 A-03-2。</source>
        <translation>2 to 4 levels from largest to smallest, separated by commas, e.g. 柜,层,格 or 排,列,层,盒; place codes have that many parts, e.g. A-03-2.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="280" />
        <source>全面修订核查周期（天）</source>
        <translation>Full review cycle (days)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="282" />
        <source>客户等级的依据</source>
        <translation>Basis of customer grades</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="283" />
        <source>monthly：近12个月的平均月销售额；yearly：近12个月的销售额合计。下面三个门槛按此比较。</source>
        <translation>monthly: the average monthly sales of the last twelve months; yearly: their sum. The three thresholds below are compared with it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="285" />
        <source>A级客户的销售额下限（元）</source>
        <translation>Lowest sales of an A customer (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="287" />
        <source>B级客户的销售额下限（元）</source>
        <translation>Lowest sales of a B customer (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="289" />
        <source>C级客户的销售额下限（元）</source>
        <translation>Lowest sales of a C customer (yuan)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="299" />
        <source>没有名为“{key}”的设置。</source>
        <translation>There is no setting named “{key}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="315" />
        <source>企业和个人的编号前缀不能相同，否则两个编号序列会混淆。</source>
        <translation>Enterprise and individual prefixes must differ, or the two number series would be confused.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/archive_settings.py" line="318" />
        <source>客户等级的门槛须 A &gt; B &gt; C，例如 A 500000、B 100000、C 20000。</source>
        <translation>The grade thresholds must be A &gt; B &gt; C, e.g. A 500000, B 100000, C 20000.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/settings/registry.py" line="127" />
        <source>“{label}”的改动会把您自己角色没有的权限授予您的角色：须由另一位经理签认（命令行 --signed-off-by 经理登录名）。</source>
        <translation>This change of "{label}" would give your own role an authority it does not have: another manager must sign it off (on the command line: --signed-off-by MANAGER).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_dialog.py" line="34" />
        <source>档案库设置</source>
        <translation>Archive settings</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_dialog.py" line="67" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/settings/settings_dialog.py" line="123" />
        <source>有设置不符合要求，请看各项下面的说明。</source>
        <translation>Some settings do not fit; see the message under each.</translation>
    </message>
</context>
<context>
    <name>Shelves</name>
    <message>
        <location filename="../../desktop_crm/domain/shelf_places.py" line="31" />
        <source>库房位置须有2至4级，各级名称不同、不超过6个字，用逗号隔开，例如 柜,层,格。</source>
        <translation>A place needs 2 to 4 levels with different names of at most 6 characters, separated by commas, e.g. 柜,层,格.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/shelf_places.py" line="41" />
        <source>请填写库房位置，例如 {example}。</source>
        <translation>Please enter a place, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/shelf_places.py" line="43" />
        <source>库房位置“{value}”不合格式：应为{count}级（{levels}），每级1至6位字母或数字，用“-”隔开，例如 {example}。</source>
        <translation>The place “{value}” is not in the room's format: {count} parts ({levels}), each 1 to 6 letters or digits, joined by “-”, e.g. {example}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/places.py" line="39" />
        <source>库房位置 {code} 尚未登记。请先登记这个位置（库房位置 → 登记位置，或 locations add {code}），再上架。</source>
        <translation>Place {code} is not registered. Register it first (Archive room → Register place, or locations add {code}), then shelve.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/places.py" line="43" />
        <source>库房位置 {code} 已停用，请选另一个位置。</source>
        <translation>Place {code} is retired; please choose another place.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/places.py" line="50" />
        <source>位置说明</source>
        <translation>Place description</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/places.py" line="53" />
        <source>库房位置 {code} 已经登记过，不必重复登记。</source>
        <translation>Place {code} is already registered.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/placing.py" line="40" />
        <source>没有编号为 {number} 的客户档案。</source>
        <translation>There is no customer card numbered {number}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/placing.py" line="50" />
        <source>类别应为 1 至 5；整卷上架时不填类别。</source>
        <translation>The category is 1 to 5; leave it empty to shelve the whole binder.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/placing.py" line="97" />
        <source>它已经在 {code}，不必移动。</source>
        <translation>It already stands at {code}; nothing to move.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/placing.py" line="78" />
        <source>没有档号为 {code} 的案卷。</source>
        <translation>There is no volume with archive code {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/shelves/placing.py" line="80" />
        <source>案卷 {code} 已于 {date} 销毁，不能再上架。</source>
        <translation>Volume {code} was destroyed on {date} and cannot be shelved.</translation>
    </message>
</context>
<context>
    <name>SpineLabelsDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="63" />
        <source>打印脊背标签</source>
        <translation>Print spine labels</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="67" />
        <source>%1 毫米</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="76" />
        <source>脊背宽度</source>
        <translation>Spine width</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="77" />
        <source>从第几卷</source>
        <translation>From volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="78" />
        <source>到第几卷</source>
        <translation>To volume</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <location filename="../../desktop_crm/domain/text_input.py" line="36" />
        <source>{label}中有残缺的字符（多见于复制粘贴出错），请删去后重新输入。</source>
        <translation>{label} contains a broken character (often from a faulty copy and paste); delete it and type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/text_input.py" line="39" />
        <source>{label}中有看不见的控制字符（如 NUL），请删去后重新输入。</source>
        <translation>{label} contains an invisible control character (such as NUL); delete it and type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/text_input.py" line="52" />
        <source>{label}过长（{count}字），请不超过{limit}字。</source>
        <translation>{label} is too long ({count} characters); please keep it within {limit}.</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="93" />
        <source>借阅单逾期未还</source>
        <translation>Borrow slips overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="95" />
        <source>本周到期的借阅单</source>
        <translation>Borrow slips due this week</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="101" />
        <source>发放资料超过收回日期</source>
        <translation>Hand-outs past their recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="110" />
        <source>等待您办理的审批</source>
        <translation>Approvals waiting for you</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="118" />
        <source>到期的全面修订核查</source>
        <translation>Full reviews due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="136" />
        <source>活页卷缺件</source>
        <translation>Gaps in the binders</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="147" />
        <source>60天内到期或已过期的证照</source>
        <translation>Licences expiring within 60 days or expired</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="154" />
        <source>不良客户候选</source>
        <translation>Bad-customer candidates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="160" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="166" />
        <source>已立卷尚未上架的固定卷</source>
        <translation>Bound volumes not yet shelved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/today/todays_work.py" line="175" />
        <source>保管期限已满待鉴定的案卷</source>
        <translation>Volumes whose retention has run out, to appraise</translation>
    </message>
</context>
<context>
    <name>TodaysWorkWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/today/todays_work_window.py" line="31" />
        <source>今日待办</source>
        <translation>Today's work</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/today/todays_work_window.py" line="38" />
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/today/todays_work_window.py" line="40" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/today/todays_work_window.py" line="47" />
        <source>双击一行，打开办理它的地方。</source>
        <translation>Double-click a line to open the place where it is done.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/today/todays_work_window.py" line="86" />
        <source>…… 另有 %1 项，双击打开</source>
        <translation>…… %1 more; double-click to open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/today/todays_work_window.py" line="91" />
        <source>今天没有待办事项。</source>
        <translation>Nothing to do today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/today/todays_work_window.py" line="92" />
        <source>共 %1 类待办。</source>
        <translation>%1 kinds of work to do.</translation>
    </message>
</context>
<context>
    <name>UndoImportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/exchange/undo_import_dialog.py" line="14" />
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/undo_import_dialog.py" line="17" />
        <source>导入 %1：%2，%3 于 %4 导入。新建的 %5 张档案卡将删除，更新的 %6 张恢复为导入前的内容。</source>
        <translation>Import %1: %2, imported by %3 on %4. The %5 cards it created will be deleted and the %6 it updated put back as they were.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/undo_import_dialog.py" line="22" />
        <source>例如：导入了错误的名册</source>
        <translation>e.g. the wrong roster was imported</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/undo_import_dialog.py" line="24" />
        <source>撤销原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/undo_import_dialog.py" line="26" />
        <source>撤销这次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/exchange/undo_import_dialog.py" line="26" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="30" />
        <source>数据库结构版本 {version}，与本程序一致。</source>
        <translation>Database schema version {version}, as this program expects.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="32" />
        <source>数据库结构版本为 {version}，本程序需要 {latest}。</source>
        <translation>The database schema version is {version}; this program needs {latest}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="37" />
        <source>SQLite 完整性检查通过。</source>
        <translation>SQLite integrity check passed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="39" />
        <source>完整性检查：{row}</source>
        <translation>Integrity check: {row}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="42" />
        <source>有 {count} 条记录引用了不存在的记录（外键检查）。</source>
        <translation>{count} records refer to records that do not exist (foreign key check).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="44" />
        <source>外键检查通过。</source>
        <translation>Foreign key check passed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="47" />
        <source>检索索引与客户档案一致。</source>
        <translation>The search index matches the customer cards.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="49" />
        <source>检索索引与客户档案不一致：请运行 desktop-crm check --repair 重建索引。</source>
        <translation>The search index does not match the customer cards: run desktop-crm check --repair to rebuild it.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="52" />
        <source>PostgreSQL 连接正常。</source>
        <translation>PostgreSQL connection is working.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="60" />
        <source>扫描件 {count} 份，均与登记的 SHA-256 一致。</source>
        <translation>{count} scans, each matching its recorded SHA-256.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="63" />
        <source>无主扫描件：扫描件目录中 {files} 个文件没有登记，{records} 份登记的扫描件不属于任何文件（多见于中断的添加）。请运行 desktop-crm check --repair 清除。</source>
        <translation>Orphaned scans: {files} files in the scan folder are not registered and {records} registered scans belong to no paper (usually an interrupted addition). Run desktop-crm check --repair to remove them.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="71" />
        <source>尚未上架：活页卷 {binders} 个、固定卷 {volumes} 卷没有库房位置（desktop-crm locations unplaced 列出，locate 上架）。</source>
        <translation>Not yet shelved: {binders} binders and {volumes} fixed volumes have no place in the archive room (desktop-crm locations unplaced lists them; locate shelves them).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="80" />
        <source>案卷 {code}（{source}）：{problem}</source>
        <translation>Volume {code} ({source}): {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="83" />
        <source>已打印的案卷文件 {count} 个，页号、页数和档号均核对无误。</source>
        <translation>{count} printed volume files: page numbers, page counts and archival codes all check out.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="95" />
        <source>已重建检索索引。</source>
        <translation>Search index rebuilt.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/upkeep/integrity.py" line="99" />
        <source>已清除无主扫描件：未登记的文件 {files} 个，不属于任何文件的扫描件 {records} 份。</source>
        <translation>Orphaned scans removed: {files} unregistered files and {records} scans belonging to no paper.</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="33" />
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="36" />
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="61" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="36" />
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="62" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="36" />
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="63" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="36" />
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="64" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="37" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="43" />
        <source>例如 zhangli</source>
        <translation>e.g. zhangli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="44" />
        <source>例如 张丽</source>
        <translation>e.g. Zhang Li</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="49" />
        <source>例如 业务部</source>
        <translation>e.g. Sales dept.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="51" />
        <source>初始密码，至少8位</source>
        <translation>Initial password, at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="53" />
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="59" />
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="55" />
        <source>停用/启用所选用户…</source>
        <translation>Disable/enable selected user…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="57" />
        <source>重置所选用户的密码…</source>
        <translation>Reset the selected user's password…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="65" />
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="89" />
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="89" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="98" />
        <source>启用账号</source>
        <translation>Enable account</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="98" />
        <source>停用账号</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="100" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="101" />
        <source>将记入更正记录，如：已调离本部门</source>
        <translation>Goes into the correction record, e.g. moved to another department</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation type="vanished">Disable/enable</translation>
    </message>
    <message>
        <source>原因（将记入更正记录）：</source>
        <translation type="vanished">Reason (goes into the correction record):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="109" />
        <source>请先在列表中选择一位同事。</source>
        <translation>Select a colleague in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="113" />
        <source>重置密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="114" />
        <source>把 %1 的密码重置为临时密码？对方下次登录时必须修改。</source>
        <translation>Reset %1's password to a temporary one? They must change it at their next sign-in.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="124" />
        <source>已重置 %1 的密码。</source>
        <translation>%1's password was reset.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="125" />
        <source>临时密码</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="126" />
        <source>%1 的临时密码：%2</source>
        <translation>Temporary password of %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="128" />
        <source>请当面交给本人；它只显示这一次。</source>
        <translation>Hand it over in person; it is shown only this once.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/accounts/user_admin_dialog.py" line="146" />
        <source>已添加用户 %1。</source>
        <translation>Added user %1.</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="62" />
        <source>未填写统一社会信用代码：请按营业执照填写18位代码。</source>
        <translation>The unified social credit code is missing: enter the 18-character code from the business licence.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="64" />
        <source>统一社会信用代码前后有空格，请删去空格。</source>
        <translation>The unified social credit code has spaces around it; please remove them.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="66" />
        <source>统一社会信用代码含有全角字符：请切换到半角（英文）输入法后重新输入。</source>
        <translation>The unified social credit code has full-width characters: switch to a half-width (English) input method and type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="68" />
        <source>统一社会信用代码应为18位，现为{count}位，请对照营业执照核对。</source>
        <translation>The unified social credit code must have 18 characters, not {count}; please check it against the business licence.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="70" />
        <source>统一社会信用代码中的字母须为大写，请改为大写字母。</source>
        <translation>Letters in the unified social credit code must be capitals; please change them.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="74" />
        <source>统一社会信用代码第{pos}位为“{ch}”：代码中不使用字母 I、O、Z、S、V，请核对是否为数字 1、0、2、5 或其他字母。</source>
        <translation>Character {pos} of the unified social credit code is “{ch}”: the code never uses I, O, Z, S or V; check whether it is the digit 1, 0, 2, 5 or another letter.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="75" />
        <source>统一社会信用代码第{pos}位“{ch}”不是允许的字符（只能是数字和大写字母）。</source>
        <translation>Character {pos} “{ch}” of the unified social credit code is not allowed (only digits and capital letters).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="77" />
        <source>统一社会信用代码第1位“{value}”不是有效的登记管理部门代码，请核对。</source>
        <translation>The first character “{value}” of the unified social credit code is not a valid registering authority; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="79" />
        <source>统一社会信用代码第3至8位应为行政区划代码（6位数字），请核对。</source>
        <translation>Characters 3 to 8 of the unified social credit code must be a division code (6 digits); please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="82" />
        <source>统一社会信用代码校验位（第18位）不符，代码中有输错的字符，请对照营业执照逐位核对。</source>
        <translation>The check character (18th) of the unified social credit code does not match: a character is mistyped. Check it character by character against the business licence.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="95" />
        <source>未填写身份证号码：请按身份证填写18位号码。</source>
        <translation>The ID number is missing: enter the 18-character number from the ID card.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="97" />
        <source>身份证号码前后有空格，请删去空格。</source>
        <translation>The ID number has spaces around it; please remove them.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="99" />
        <source>身份证号码含有全角字符：请切换到半角输入法后重新输入。</source>
        <translation>The ID number has full-width characters: switch to a half-width input method and type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="101" />
        <source>身份证号码应为18位，现为{count}位，请对照身份证核对。</source>
        <translation>The ID number must have 18 characters, not {count}; please check it against the ID card.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="103" />
        <source>身份证号码末位的 X 须为大写，请改为大写“X”。</source>
        <translation>The final X of the ID number must be a capital “X”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="105" />
        <source>身份证号码前17位须为数字，末位为数字或大写“X”，请核对。</source>
        <translation>The first 17 characters of the ID number must be digits and the last a digit or a capital “X”; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="107" />
        <source>身份证号码前两位“{value}”不是有效的省级行政区划代码，请核对。</source>
        <translation>The first two digits “{value}” of the ID number are not a valid province code; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="111" />
        <source>身份证号码第7至14位不是有效的出生日期，请核对。</source>
        <translation>Digits 7 to 14 of the ID number are not a valid date of birth; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="113" />
        <source>身份证号码中的出生日期不合理（早于1900年或晚于今天），请核对。</source>
        <translation>The date of birth in the ID number is not plausible (before 1900 or after today); please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="115" />
        <source>身份证号码校验位（第18位）不符，号码中有输错的数字，请对照身份证逐位核对。</source>
        <translation>The check character (18th) of the ID number does not match: a digit is mistyped. Check it digit by digit against the ID card.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="129" />
        <source>电话号码含有全角字符：请切换到半角输入法后重新输入。</source>
        <translation>The phone number has full-width characters: switch to a half-width input method and type it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="136" />
        <source>手机号码应为以1开头的11位数字，现为{count}位，请核对。</source>
        <translation>A mobile number has 11 digits starting with 1, not {count}; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="137" />
        <source>“{text}”不是有效的电话号码：手机填11位数字；固定电话填区号-号码，如 010-62345678 或 0571-88886666，分机用“-”隔开。</source>
        <translation>“{text}” is not a valid phone number: a mobile has 11 digits; a landline is area code-number, e.g. 010-62345678 or 0571-88886666, with the extension after another “-”.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="146" />
        <source>成立日期晚于今天，请核对。</source>
        <translation>The founding date is after today; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="148" />
        <source>开始往来日期晚于今天，请核对。</source>
        <translation>The date trading began is after today; please check.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/validators.py" line="150" />
        <source>开始往来日期（{trading_since:%Y-%m-%d}）早于成立日期（{founded_on:%Y-%m-%d}），请核对。</source>
        <translation>Trading began ({trading_since:%Y-%m-%d}) before the company was founded ({founded_on:%Y-%m-%d}); please check.</translation>
    </message>
</context>
<context>
    <name>VisitReportDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="29" />
        <source>客户访问日报 — %1</source>
        <translation>Customer visit report — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="35" />
        <source>业务员姓名</source>
        <translation>Salesperson's name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="40" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="40" />
        <source>访问日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="41" />
        <source>访问人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="41" />
        <source>访问内容</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="42" />
        <source>后续措施</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visit_forms.py" line="44" />
        <source>登记并归档</source>
        <translation>Record and file</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="24" />
        <source>日报</source>
        <translation>daily</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="24" />
        <source>紧急报告</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="25" />
        <source>定期报告</source>
        <translation>periodic</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="36" />
        <source>请按 2026-03-15 的格式填写{label}。</source>
        <translation>Please write the {label} as 2026-03-15.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="39" />
        <source>{label}不能晚于今天。</source>
        <translation>The {label} cannot be later than today.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="52" />
        <source>请填写{label}。</source>
        <translation>Please fill in the {label}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="60" />
        <source>请选择报告种类：日报、紧急报告或定期报告。</source>
        <translation>Choose the kind of report: daily, urgent or periodic.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="61" />
        <source>访问日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="62" />
        <source>访问人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="63" />
        <source>访问内容</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="64" />
        <source>后续措施</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="72" />
        <source>投诉日期</source>
        <translation>Complaint date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="73" />
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="74" />
        <source>处理经过</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="75" />
        <source>处理结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/visit_records.py" line="78" />
        <source>满意程度请从 很满意、满意、基本满意、不太满意、不满意 中选择。</source>
        <translation>Choose the satisfaction from 很满意, 满意, 基本满意, 不太满意, 不满意.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/visits/records.py" line="28" />
        <source>该客户档案卡不存在。</source>
        <translation>That customer card does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/visits/routes.py" line="49" />
        <source>路线区域“{region}”没有客户。请从已有的路线区域中选择。</source>
        <translation>Route region “{region}” has no customers. Choose one of the route regions in use.</translation>
    </message>
</context>
<context>
    <name>VisitsWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="21" />
        <source>访问日报与投诉 — %1</source>
        <translation>Visit reports and complaints — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="23" />
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="25" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="23" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="23" />
        <source>访问人</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="23" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="24" />
        <source>后续措施</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="25" />
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="25" />
        <source>处理经过</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="25" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="26" />
        <source>满意程度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="28" />
        <source>客户访问日报</source>
        <translation>Customer visit report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="29" />
        <source>客户投诉管理卡</source>
        <translation>Customer complaint card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="37" />
        <source>登记访问日报…</source>
        <translation>Record visit report…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="37" />
        <source>登记投诉管理卡…</source>
        <translation>Record complaint card…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="59" />
        <source>已登记访问日报，并归入第一类活页卷。</source>
        <translation>Visit report recorded and filed in category 1 of the binder.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/visits/visits_window.py" line="64" />
        <source>已登记投诉管理卡，并归入第一类活页卷。</source>
        <translation>Complaint card recorded and filed in category 1 of the binder.</translation>
    </message>
</context>
<context>
    <name>YearEnd</name>
    <message>
        <location filename="../../desktop_crm/services/year_end/volumes.py" line="31" />
        <source>请写明更正的内容（缺失、损坏、更正、补充或撤出的文件及原因）。</source>
        <translation>Please describe the correction (papers missing, damaged, corrected, added or withdrawn, and why).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/volume_output.py" line="98" />
        <location filename="../../desktop_crm/services/year_end/volumes.py" line="34" />
        <source>该案卷不存在。</source>
        <translation>This volume does not exist.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="210" />
        <location filename="../../desktop_crm/services/year_end/volumes.py" line="93" />
        <source>没有档号为 {code} 的案卷。</source>
        <translation>There is no volume with archive code {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="29" />
        <source>右上角</source>
        <translation>top right</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="29" />
        <source>左上角</source>
        <translation>top left</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="30" />
        <source>右上角（正面）</source>
        <translation>top right (a front)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="30" />
        <source>左上角（背面）</source>
        <translation>top left (a back)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="130" />
        <source>文件无法读取，不是完好的PDF。</source>
        <translation>The file cannot be read; it is not a sound PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="135" />
        <source>封面上的档号不是 {code}。</source>
        <translation>The archive code on the cover is not {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="150" />
        <source>页号没有从1起逐页连续（文件中为 {found}）。</source>
        <translation>The page numbers do not run from 1 without gaps (the file has {found}).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="155" />
        <source>第 {number} 页的页号印在{side}，应在{expected}。</source>
        <translation>Page {number} is stamped {side}; it should be {expected}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="162" />
        <source>目录有 {rows} 件，文件中的书签有 {marks} 个。</source>
        <translation>The catalogue lists {rows} papers but the file has {marks} bookmarks.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="167" />
        <source>目录第 {item} 件的页号为 {first}，但该件在文件中从第 {found} 页开始。</source>
        <translation>The catalogue gives page {first} for paper {item}, but in the file it starts on page {found}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="169" />
        <source>（无页号）</source>
        <translation>(no page number)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="175" />
        <source>目录的页号没有从1起依次增加。</source>
        <translation>The catalogue's page numbers do not start at 1 and grow.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="177" />
        <source>目录最后一件止于第 {last} 页，而本卷共 {total} 页。</source>
        <translation>The catalogue's last paper ends on page {last}, but the volume has {total} pages.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="179" />
        <source>封面</source>
        <translation>cover</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="180" />
        <source>卷内备考表</source>
        <translation>remarks sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="182" />
        <source>{where}写的页数为 {said}，本卷实有 {total} 页。</source>
        <translation>The {where} gives {said} pages; the volume has {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="183" />
        <source>（未写）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="197" />
        <source>打印输出的文件已不在原处。</source>
        <translation>The printed file is no longer where it was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="201" />
        <source>文件在打印后被改动过（内容与打印时不符）。</source>
        <translation>The file has been changed since it was printed.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="214" />
        <source>（打印输出）</source>
        <translation>(printed output)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="215" />
        <source>（打印输出，含扫描件）</source>
        <translation>(printed output, with scans)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="216" />
        <source>（打印输出，含扫描件，双面）</source>
        <translation>(printed output, with scans, double-sided)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="225" />
        <location filename="../../desktop_crm/services/year_end/volume_output.py" line="146" />
        <source>{year}年度还没有立卷。</source>
        <translation>{year} has not been bound yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/verification.py" line="230" />
        <source>封面档号 {code} 与另一卷重复。</source>
        <translation>The cover's archive code {code} is also another volume's.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/volume_layout.py" line="44" />
        <source>第{item}件未登记页数，按扫描件{pages}页编页号。</source>
        <translation>Paper {item} had no page count; it is numbered as its scans' {pages} pages.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/volume_layout.py" line="48" />
        <source>第{item}件未登记页数且无扫描件，按1页编页号。</source>
        <translation>Paper {item} had no page count and no scan; it is numbered as one page.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/volume_layout.py" line="52" />
        <source>第{item}件登记{claimed}页，扫描件{pages}页，按{pages}页编页号。</source>
        <translation>Paper {item} was recorded as {claimed} pages and its scans have {pages}; it is numbered as {pages} pages.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/volume_layout.py" line="59" />
        <source>第{item}件共{pages}页，扫描件仅{scanned}页，其余页以“原件未扫描”页代替。</source>
        <translation>Paper {item} has {pages} pages of which {scanned} are scanned; a “not scanned” page stands for each of the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/volume_layout.py" line="62" />
        <source>第{item}件无扫描件，电子卷中以“原件未扫描”页代替（{pages}页）。</source>
        <translation>Paper {item} has no scan; in the electronic volume “not scanned” pages stand for it ({pages} pages).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/close_rules.py" line="59" />
        <source>{year}年度尚未结束（今天是 {today}），年度结束后才能立卷。</source>
        <translation>{year} has not ended yet (today is {today}); a year can be bound only after it has ended.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/close_rules.py" line="63" />
        <source>年度“{year}”不合理，请填写四位年份。</source>
        <translation>The year “{year}” is not plausible; please enter a four-digit year.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/close_rules.py" line="65" />
        <source>尚未设置全宗名称（立档单位全称）和全宗号，请先在“年度立卷 → 设置”中填写。</source>
        <translation>The fonds name (the filing unit's full name) and fonds number are not set; fill them in under Year-end binding → Settings first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/close_rules.py" line="68" />
        <location filename="../../desktop_crm/services/year_end/closing.py" line="248" />
        <source>另一处正在立卷（{holder}），请等它完成后再试。</source>
        <translation>A binding is already running elsewhere ({holder}); please wait for it to finish and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/close_rules.py" line="73" />
        <source>{year}年度尚有问题：缺件 {gaps} 处、未登记页数 {no_pages} 份、扫描页数不符 {scan_pages} 份、借出未还 {on_loan} 份。请先处理，或写明接受的理由后再立卷。</source>
        <translation>{year} still has problems: {gaps} gaps, {no_pages} papers without a page count, {scan_pages} scans whose pages differ, {on_loan} papers on loan. Deal with them first, or write why they are accepted, then bind.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/closing.py" line="157" />
        <source>{number} {category} 第 {seq} 件 {title}</source>
        <translation>{number} {category} item {seq} {title}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/closing.py" line="161" />
        <source>{where}：未登记页数</source>
        <translation>{where}: no page count</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/closing.py" line="163" />
        <source>{where}：登记{claimed}页，扫描件有{scanned}页，请核对页数</source>
        <translation>{where}: recorded as {claimed} pages, the scans have {scanned}; please check the count</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/closing.py" line="167" />
        <source>{where}：{pages}页中已扫描{scanned}页，其余以“原件未扫描”页代替</source>
        <translation>{where}: {scanned} of {pages} pages scanned; “not scanned” pages stand for the rest</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/closing.py" line="172" />
        <source>{where}：{borrower}借出未还（{slip}，应还 {due}）</source>
        <translation>{where}: out with {borrower} ({slip}, due {due})</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/closing.py" line="216" />
        <source>{number} {gap}</source>
        <translation>{number} {gap}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/closing.py" line="331" />
        <source>以上问题立卷时已知并接受：{note}</source>
        <translation>The problems above were known and accepted at binding: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/volume_output.py" line="111" />
        <source>案卷 {code} 已于 {date} 销毁，扫描件已删除；可打印其封面、卷内目录和备考表（不含扫描件）。</source>
        <translation>Volume {code} was destroyed on {date} and its scans removed; its cover, catalogue and remarks sheet can still be printed (without scans).</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/volume_output.py" line="161" />
        <source>脊背宽度应为 10、15 或 20 毫米。</source>
        <translation>The spine width must be 10, 15 or 20 mm.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/services/year_end/volume_output.py" line="165" />
        <source>所选范围内没有案卷。</source>
        <translation>There are no volumes in the chosen range.</translation>
    </message>
</context>
<context>
    <name>YearEndWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="51" />
        <source>年度立卷</source>
        <translation>Year-end binding</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="60" />
        <source>全宗号-目录号-案卷号</source>
        <translation>Fonds-catalogue-volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="61" />
        <source>DA/T 13-2022：全宗号-类别号·年度-案卷号</source>
        <translation>DA/T 13-2022: fonds-class·year-volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="64" />
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="66" />
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="69" />
        <source>接受尚存问题的书面说明（印在备考表上）</source>
        <translation>Written acceptance of remaining problems (printed on the remarks sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="71" />
        <source>开始立卷</source>
        <translation>Bind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="73" />
        <source>取消立卷</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="77" />
        <source>档号</source>
        <translation>Archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="77" />
        <source>案卷题名</source>
        <translation>Volume title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="77" />
        <source>起止年月</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="77" />
        <source>件数</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="78" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="78" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="85" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="86" />
        <source>全宗号</source>
        <translation>Fonds no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="87" />
        <source>全宗名称</source>
        <translation>Fonds name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="88" />
        <source>档号格式</source>
        <translation>Code format</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="89" />
        <source>每卷页数上限</source>
        <translation>Page limit per volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="91" />
        <source>接受说明</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="92" />
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="98" />
        <source>预览案卷</source>
        <translation>Preview volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="99" />
        <source>含扫描件预览</source>
        <translation>Preview with scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="100" />
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="106" />
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="222" />
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="224" />
        <source>案卷目录</source>
        <translation>Volume register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="100" />
        <source>脊背标签…</source>
        <translation>Spine labels…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="101" />
        <source>核对页号</source>
        <translation>Verify page numbers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="140" />
        <source>档号 %1 至 %2。</source>
        <translation>Archive codes %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="143" />
        <source>尚未填写检查人：备考表上的“检查人”将留空待签。</source>
        <translation>No checker named: “checked by” on the remarks sheets will be left blank for signing.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="236" />
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="238" />
        <source>脊背标签</source>
        <translation>Spine labels</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="258" />
        <source>核对案卷 %1</source>
        <translation>Verify volume %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="101" />
        <source>登记更正…</source>
        <translation>Record correction…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="163" />
        <source>立卷中断：{error}。已完成的案卷保持不变，再次立卷将继续其余部分。</source>
        <translation>The binding stopped: {error}. Volumes already bound stay as they are; binding again does the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="131" />
        <source>设置未保存</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="133" />
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="137" />
        <source>%1年度：应立卷 %2 卷，已立 %3 卷。</source>
        <translation>Year %1: %2 volumes to bind, %3 already bound.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="116" />
        <source>缺件</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="117" />
        <source>未登记页数</source>
        <translation>Without page count</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="118" />
        <source>扫描页数多于登记页数</source>
        <translation>Scans with more pages than recorded</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="119" />
        <source>借出未还</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_dialogs.py" line="120" />
        <source>未扫描（不影响立卷，以“原件未扫描”页代替）</source>
        <translation>Not scanned (does not stop the binding; “not scanned” pages stand in)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="170" />
        <source>正在立卷…</source>
        <translation>Binding…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="176" />
        <source>正在取消：当前这一卷完成后停止…</source>
        <translation>Cancelling after the current volume…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="183" />
        <source>已取消：本次立卷 %1 卷，其余可再次立卷继续。</source>
        <translation>Cancelled: %1 volumes bound; bind again to finish the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end/year_end_window.py" line="183" />
        <source>立卷完成：本次立卷 %1 卷。</source>
        <translation>Done: %1 volumes bound.</translation>
    </message>
</context>
</TS>