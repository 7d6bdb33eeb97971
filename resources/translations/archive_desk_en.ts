<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="61" />
        <location filename="../../desktop_crm/ui/app.py" line="64" />
        <source>无法打开档案库</source>
        <translation>Cannot open the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/app.py" line="65" />
        <source>打开档案库 %1 时出错：%2
请检查路径和权限。</source>
        <translation>Error opening archive %1: %2
Please check the path and permissions.</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/base_dialog.py" line="49" />
        <source>帮助</source>
        <translation>Help</translation>
    </message>
</context>
<context>
    <name>Binder</name>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="30" />
        <source>客户基础资料</source>
        <translation>Basic customer papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="31" />
        <location filename="../../desktop_crm/domain/binder_categories.py" line="60" />
        <source>合同订单</source>
        <translation>Contracts and orders</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="32" />
        <source>欠款还款</source>
        <translation>Debts and repayments</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="33" />
        <source>交易状况</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="34" />
        <source>退赔折价</source>
        <translation>Returns and discounts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="53" />
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="55" />
        <source>税务登记证</source>
        <translation>Tax registration certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="56" />
        <source>法人委托书</source>
        <translation>Legal representative's mandate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="57" />
        <source>客户背景资料</source>
        <translation>Background (visits, investigations)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="59" />
        <source>合同订单登记表</source>
        <translation>Contracts and orders register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="63" />
        <source>客户信用额度审批表</source>
        <translation>Credit limit approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="64" />
        <source>欠款还款情况登记表</source>
        <translation>Debt and repayment register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="65" />
        <source>欠款还款协议</source>
        <translation>Repayment agreement</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="66" />
        <source>延期还款审批单</source>
        <translation>Deferred repayment approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="67" />
        <source>客户还款计划</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="68" />
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="69" />
        <source>信用额度</source>
        <translation>Credit amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="70" />
        <source>抵押保证登记</source>
        <translation>Collateral and guarantee register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="73" />
        <source>产品进出货情况登记表</source>
        <translation>Goods in/out register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="74" />
        <source>实际进货出货情况报告</source>
        <translation>Actual goods in/out report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="75" />
        <source>发货码单</source>
        <translation>Shipping list</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="77" />
        <source>报关单</source>
        <translation>Customs declaration</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="79" />
        <source>成品出厂检验报告</source>
        <translation>Factory inspection report</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="81" />
        <source>海关商检证明</source>
        <translation>Customs inspection certificate</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="83" />
        <source>其他交易资料</source>
        <translation>Other trade papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="85" />
        <source>退赔折价情况登记表</source>
        <translation>Returns and discounts register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="86" />
        <source>退赔折价审批表</source>
        <translation>Return/discount approval</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="87" />
        <source>退赔折价原因责任鉴定表</source>
        <translation>Return cause and responsibility assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="102" />
        <source>永久</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="102" />
        <source>30年</source>
        <translation>30 years</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/binder_categories.py" line="103" />
        <source>10年</source>
        <translation>10 years</translation>
    </message>
</context>
<context>
    <name>BinderWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="77" />
        <source>活页卷 — %1 %2</source>
        <translation>Binder — %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="85" />
        <source>直接出口</source>
        <translation>Direct export</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="92" />
        <location filename="../../desktop_crm/ui/binder_window.py" line="269" />
        <source>%1 年度</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="108" />
        <source>缺件与过期</source>
        <translation>Missing and expired</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="121" />
        <source>归档年度</source>
        <translation>Archive year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="177" />
        <source>归档文件</source>
        <translation>File a paper</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="178" />
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="179" />
        <location filename="../../desktop_crm/ui/binder_window.py" line="283" />
        <source>移至其他类别</source>
        <translation>Move to category</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="180" />
        <source>撤出</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="182" />
        <source>添加扫描件…</source>
        <translation>Add scans…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="183" />
        <location filename="../../desktop_crm/ui/binder_window.py" line="340" />
        <source>查看扫描件</source>
        <translation>View scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="185" />
        <source>打印本类目录</source>
        <translation>Print catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="220" />
        <source>本卷规定文件齐全。</source>
        <translation>All prescribed papers are present.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="238" />
        <source>未能完成</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="283" />
        <source>移至：</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="286" />
        <source>移动原因</source>
        <translation>Reason for the move</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="286" />
        <source>移动原因（将记入更正记录）：</source>
        <translation>Reason for the move (goes into the correction record):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="302" />
        <source>撤出文件</source>
        <translation>Withdraw paper</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="302" />
        <source>撤出“%1”的原因（文件不会被删除，撤出记录将保留）：</source>
        <translation>Reason for withdrawing "%1" (nothing is deleted; the record stays):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="316" />
        <source>添加扫描件</source>
        <translation>Add scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="316" />
        <source>请先选择要添加扫描件的文件。</source>
        <translation>Select the paper the scans belong to first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="318" />
        <source>选择扫描件</source>
        <translation>Choose scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="319" />
        <source>扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="332" />
        <source>部分文件未添加</source>
        <translation>Some files were not added</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="340" />
        <source>这份文件还没有扫描件。</source>
        <translation>This paper has no scans yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/binder_window.py" line="352" />
        <source>目录预览 — %1</source>
        <translation>Catalogue preview — %1</translation>
    </message>
</context>
<context>
    <name>BorrowDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="52" />
        <source>客户资料借阅表</source>
        <translation>Borrow slip</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="58" />
        <source>例如 核对合同条款</source>
        <translation>e.g. check contract terms</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="59" />
        <source>登记编号，如 QY-000123</source>
        <translation>Registered number, e.g. QY-000123</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="60" />
        <source>载入</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="65" />
        <source>文件</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="65" />
        <source>借出情况</source>
        <translation>Loan state</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="74" />
        <source>借阅人有逾期借阅单时必填</source>
        <translation>Required when the borrower has an overdue slip</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="83" />
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="84" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="85" />
        <source>借阅目的 *</source>
        <translation>Purpose *</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="86" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="88" />
        <source>借出日期</source>
        <translation>Date out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="89" />
        <source>应还日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="90" />
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="91" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="92" />
        <source>逾期仍借理由</source>
        <translation>Reason to lend despite overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="94" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="114" />
        <source>注意：%1 有逾期未还的借阅单 %2，须归还或写明理由后才能再借。</source>
        <translation>Note: %1 has overdue slips %2; they must be returned, or a reason written, before borrowing again.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="133" />
        <source>原件，不外借</source>
        <translation>Original, not lent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/borrow_dialog.py" line="133" />
        <source>已借出：%1</source>
        <translation>Out: %1</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="24" />
        <source>企业</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="25" />
        <source>个人</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="52" />
        <source>基础资料</source>
        <translation>Basic data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="53" />
        <source>主要人员</source>
        <translation>Key people</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="54" />
        <source>客户特征</source>
        <translation>Characteristics</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="55" />
        <source>业务状况</source>
        <translation>Business situation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="56" />
        <source>交易活动现状</source>
        <translation>Current trading</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="57" />
        <source>分类</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="64" />
        <source>政府机构</source>
        <translation>Government body</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="64" />
        <source>特殊公司</source>
        <translation>Special company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="64" />
        <source>普通公司</source>
        <translation>Ordinary company</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="65" />
        <source>个人顾客</source>
        <translation>Individual customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="65" />
        <source>交易伙伴</source>
        <translation>Trading partner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="67" />
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="67" />
        <source>良好</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="67" />
        <location filename="../../desktop_crm/domain/customer_card.py" line="68" />
        <source>一般</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="67" />
        <source>风险</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="68" />
        <source>重要</source>
        <translation>Important</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="68" />
        <source>特殊</source>
        <translation>Special</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="69" />
        <source>潜在</source>
        <translation>Prospective</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="69" />
        <source>往来</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="69" />
        <source>不良</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="69" />
        <source>已清除</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="70" />
        <source>国有</source>
        <translation>State-owned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="70" />
        <source>集体</source>
        <translation>Collective</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="70" />
        <source>私营</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="70" />
        <source>股份制</source>
        <translation>Joint-stock</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="71" />
        <source>外商投资</source>
        <translation>Foreign-invested</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="71" />
        <source>港澳台投资</source>
        <translation>HK/Macao/Taiwan-invested</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="71" />
        <source>个体</source>
        <translation>Sole trader</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="71" />
        <location filename="../../desktop_crm/domain/customer_card.py" line="74" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="72" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="72" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="73" />
        <source>生产厂家</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="73" />
        <source>批发商</source>
        <translation>Wholesaler</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="73" />
        <source>零售商</source>
        <translation>Retailer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="74" />
        <source>代理商</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="74" />
        <source>终端用户</source>
        <translation>End user</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="99" />
        <source>所有者姓名</source>
        <translation>Owner's name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="99" />
        <source>所有者性格</source>
        <translation>Owner's character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="100" />
        <source>所有者家庭</source>
        <translation>Owner's family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="100" />
        <source>所有者学历</source>
        <translation>Owner's education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="101" />
        <source>所有者年龄</source>
        <translation>Owner's age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="101" />
        <source>所有者能力</source>
        <translation>Owner's ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="102" />
        <source>经营管理者姓名</source>
        <translation>Manager's name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="102" />
        <source>经营管理者性格</source>
        <translation>Manager's character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="103" />
        <source>经营管理者家庭</source>
        <translation>Manager's family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="103" />
        <source>经营管理者学历</source>
        <translation>Manager's education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="104" />
        <source>经营管理者年龄</source>
        <translation>Manager's age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="104" />
        <source>经营管理者能力</source>
        <translation>Manager's ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="105" />
        <source>法人代表姓名</source>
        <translation>Legal rep.'s name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="105" />
        <source>法人代表性格</source>
        <translation>Legal rep.'s character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="106" />
        <source>法人代表家庭</source>
        <translation>Legal rep.'s family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="106" />
        <source>法人代表学历</source>
        <translation>Legal rep.'s education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="107" />
        <source>法人代表年龄</source>
        <translation>Legal rep.'s age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="107" />
        <source>法人代表能力</source>
        <translation>Legal rep.'s ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="112" />
        <source>所有者</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="112" />
        <source>经营管理者</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="113" />
        <source>法人代表</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="114" />
        <source>性格</source>
        <translation>Character</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="115" />
        <source>家庭</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="115" />
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="116" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="116" />
        <source>能力</source>
        <translation>Ability</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="134" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="135" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="137" />
        <source>身份证号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="139" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="140" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="141" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="142" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="143" />
        <source>联系人职务</source>
        <translation>Contact's title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="144" />
        <source>联系人手机</source>
        <translation>Contact's mobile</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="145" />
        <source>成立日期</source>
        <translation>Founded</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="146" />
        <source>开始往来日期</source>
        <translation>Trading since</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="147" />
        <source>开票地址</source>
        <translation>Invoice address</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="148" />
        <source>开票电话</source>
        <translation>Invoice phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="149" />
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="150" />
        <source>银行账号</source>
        <translation>Bank account</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="151" />
        <source>资产情况</source>
        <translation>Assets</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="152" />
        <source>收入情况</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="153" />
        <source>负债情况</source>
        <translation>Debts</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="159" />
        <source>服务区域</source>
        <translation>Service area</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="160" />
        <source>销售能力</source>
        <translation>Sales capacity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="161" />
        <source>发展潜力</source>
        <translation>Development potential</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="162" />
        <source>经营观念</source>
        <translation>Business philosophy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="163" />
        <source>经营方针与政策</source>
        <translation>Business policies</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="164" />
        <source>员工人数</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="165" />
        <source>年销售额（万元）</source>
        <translation>Annual sales (10k CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="166" />
        <source>经营管理特点</source>
        <translation>Management style</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="168" />
        <source>目前销售业绩</source>
        <translation>Current sales performance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="169" />
        <source>以往销售业绩</source>
        <translation>Past sales performance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="170" />
        <source>经营管理者和业务人员素质</source>
        <translation>Quality of managers and staff</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="171" />
        <source>与竞争者的关系</source>
        <translation>Relations with competitors</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="172" />
        <source>与本公司的关系及合作态度</source>
        <translation>Relations and cooperation with us</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="174" />
        <source>销售活动现状</source>
        <translation>Current sales activity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="175" />
        <source>存在的问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="176" />
        <source>保持的优势</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="177" />
        <source>未来的对策</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="178" />
        <source>企业形象与声誉</source>
        <translation>Image and reputation</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="179" />
        <source>信用状况</source>
        <translation>Credit standing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="180" />
        <source>交易条件</source>
        <translation>Trade terms</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="181" />
        <source>以往出现的信用问题</source>
        <translation>Past credit problems</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="183" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="184" />
        <source>所有制</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="186" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="187" />
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="189" />
        <source>客户名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="191" />
        <source>客户等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="192" />
        <source>按月均或年度销售额划分</source>
        <translation>By average monthly or yearly sales</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="193" />
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="195" />
        <source>路线区域</source>
        <translation>Route region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="197" />
        <source>路线顺序</source>
        <translation>Route sequence</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="198" />
        <source>重要性</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="200" />
        <source>直接出口</source>
        <translation>Direct export</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="201" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="114" />
        <location filename="../../desktop_crm/domain/customer_card.py" line="218" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/customer_card.py" line="218" />
        <source>单位名称</source>
        <translation>Company name</translation>
    </message>
</context>
<context>
    <name>CardDesk</name>
    <message>
        <location filename="../../desktop_crm/ui/card_desk.py" line="37" />
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_desk.py" line="47" />
        <source>无法恢复草稿</source>
        <translation>Cannot restore draft</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_desk.py" line="103" />
        <source>名称相近</source>
        <translation>Similar name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_desk.py" line="103" />
        <source>确认是另一个客户并继续保存吗？</source>
        <translation>Is this really a different customer? Save anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_desk.py" line="113" />
        <source>档案卡已被他人更正</source>
        <translation>Card was corrected by someone else</translation>
    </message>
</context>
<context>
    <name>CardEditorDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="46" />
        <source>建卡</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="47" />
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="72" />
        <source>新建客户档案卡</source>
        <translation>New customer card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="72" />
        <source>客户档案卡 %1</source>
        <translation>Customer card %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="91" />
        <source>更正记录</source>
        <translation>Correction record</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="98" />
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="99" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="135" />
        <source>%1客户 · 登记编号保存后自动生成</source>
        <translation>%1 customer · number assigned on save</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="137" />
        <source>%1客户 · 登记编号 %2 · 第 %3 版 · 最近更正 %4</source>
        <translation>%1 customer · No. %2 · version %3 · last corrected %4</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="179" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="179" />
        <source>更正人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="179" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="179" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="179" />
        <source>原内容</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="180" />
        <source>新内容</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="180" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="251" />
        <source>提示：档案中已有名称相近的客户：%1</source>
        <translation>Note: customers with similar names exist: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="261" />
        <source>放弃更改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/card_editor.py" line="261" />
        <source>档案卡有未保存的更改。要放弃这些更改吗？</source>
        <translation>The card has unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>Credit</name>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="13" />
        <source>未到期</source>
        <translation>Not due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="13" />
        <source>1-30天</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="14" />
        <source>31-90天</source>
        <translation>31–90 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="14" />
        <source>91-180天</source>
        <translation>91–180 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="15" />
        <source>181-365天</source>
        <translation>181–365 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="15" />
        <source>365天以上</source>
        <translation>over 365 days</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="118" />
        <source>一年以上无业务往来</source>
        <translation>No trade for over a year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="119" />
        <source>欠款逾期一年以上</source>
        <translation>Debt overdue over a year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="120" />
        <source>破产、倒闭或严重亏损</source>
        <translation>Bankruptcy, closure or heavy losses</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="121" />
        <source>违法经营</source>
        <translation>Unlawful conduct</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/credit_rules.py" line="122" />
        <source>损害本公司利益</source>
        <translation>Harm to the company</translation>
    </message>
</context>
<context>
    <name>CreditOverview</name>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="20" />
        <source>账龄分析与不良客户</source>
        <translation>Ageing and bad customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="23" />
        <location filename="../../desktop_crm/ui/credit_overview.py" line="32" />
        <source>登记编号</source>
        <translation>Reg. number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="23" />
        <location filename="../../desktop_crm/ui/credit_overview.py" line="32" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="23" />
        <source>余额</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="23" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="24" />
        <source>额度提示</source>
        <translation>Limit warning</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="32" />
        <source>情形</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="36" />
        <source>账龄</source>
        <translation>Ageing</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="37" />
        <source>不良客户候选</source>
        <translation>Bad-customer candidates</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_overview.py" line="47" />
        <source>合计：%1 户，余额 %2 元，逾期 %3 元</source>
        <translation>Total: %1 customers, balance %2, overdue %3</translation>
    </message>
</context>
<context>
    <name>CreditWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="54" />
        <source>信用 — %1 %2</source>
        <translation>Credit — %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="60" />
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="60" />
        <source>欠款日期</source>
        <translation>Incurred on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="60" />
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="60" />
        <source>未还</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="61" />
        <source>应还日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="61" />
        <source>原应还日期</source>
        <translation>Original due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="61" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="62" />
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="62" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="62" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="62" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="63" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="243" />
        <source>审核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="63" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="249" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="63" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="65" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="89" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="64" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="65" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="64" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="64" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="64" />
        <source>依据</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="65" />
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="65" />
        <source>情形</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="66" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="66" />
        <source>经办</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="70" />
        <source>登记欠款…</source>
        <translation>Record debt…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="71" />
        <source>登记还款…</source>
        <translation>Record repayment…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="72" />
        <source>还款计划…</source>
        <translation>Repayment plan…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="73" />
        <source>欠款还款</source>
        <translation>Debts and repayments</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="75" />
        <source>申请信用额度…</source>
        <translation>Request credit limit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="76" />
        <source>申请延期还款…</source>
        <translation>Request deferral…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="77" />
        <source>提交</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="78" />
        <source>审核…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="79" />
        <source>批准…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="80" />
        <source>驳回…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="81" />
        <source>打印审批表</source>
        <translation>Print form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="81" />
        <source>审批</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="83" />
        <source>人工调整…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="83" />
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="85" />
        <source>认定不良…</source>
        <translation>Flag as bad…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="85" />
        <source>处理措施…</source>
        <translation>Measure…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="86" />
        <source>清除出档案…</source>
        <translation>Clear from the archive…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="86" />
        <source>恢复…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="87" />
        <source>不良客户</source>
        <translation>Bad customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="89" />
        <source>方式</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="89" />
        <source>价值</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="89" />
        <source>保证人</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="90" />
        <source>登记日期</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="90" />
        <source>解除日期</source>
        <translation>Released</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="93" />
        <source>付款方式与信用金额…</source>
        <translation>Payment method and credit amount…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="94" />
        <source>登记抵押保证…</source>
        <translation>Register collateral…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="96" />
        <source>出口信用</source>
        <translation>Export credit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="121" />
        <source>未核定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="122" />
        <source>信用等级：%1（%2）
信用额度：%3 元　占用：%4 元　欠款余额：%5 元　逾期：%6 元
账龄：%7</source>
        <translation>Rating: %1 (%2)
Limit: %3  Exposure: %4  Balance: %5  Overdue: %6
Ageing: %7</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="127" />
        <source>还款计划逾期：</source>
        <translation>Plan instalments overdue:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="139" />
        <source>付款方式：%1　信用金额：%2 元</source>
        <translation>Payment method: %1  Credit amount: %2 CNY</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="154" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="168" />
        <source>日期请按 YYYY-MM-DD 填写。</source>
        <translation>Write the date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="172" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="173" />
        <source>登记欠款</source>
        <translation>Record debt</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="172" />
        <source>金额（元）：</source>
        <translation>Amount (CNY):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="173" />
        <source>应还日期：</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="178" />
        <source>登记还款</source>
        <translation>Record repayment</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="178" />
        <source>金额（元，先冲销最早到期的欠款）：</source>
        <translation>Amount (CNY; settles the earliest due first):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="185" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="187" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="188" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="195" />
        <source>还款计划</source>
        <translation>Repayment plan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="185" />
        <source>请先在欠款表中选中一笔欠款。</source>
        <translation>Select a debt in the table first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="187" />
        <source>欠款还款协议编号：</source>
        <translation>Repayment agreement no.:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="188" />
        <source>各期“日期 金额”，用分号隔开，如 2026-12-31 30000; 2027-01-31 30000：</source>
        <translation>Instalments as "date amount" separated by semicolons, e.g. 2026-12-31 30000; 2027-01-31 30000:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="195" />
        <source>每期请写成“YYYY-MM-DD 金额”。</source>
        <translation>Write each instalment as "YYYY-MM-DD amount".</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="200" />
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="200" />
        <source>付款方式（如 即期信用证、T/T 30天）：</source>
        <translation>Payment method (e.g. sight L/C, T/T 30 days):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="201" />
        <source>信用金额</source>
        <translation>Credit amount</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="201" />
        <source>核定的信用金额（元）：</source>
        <translation>Credit amount granted (CNY):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="206" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="208" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="211" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="212" />
        <source>抵押保证</source>
        <translation>Collateral and guarantees</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="206" />
        <source>方式：</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="208" />
        <source>抵押物或保证内容：</source>
        <translation>Collateral or guarantee:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="211" />
        <source>保证人（抵押、质押可不填）：</source>
        <translation>Guarantor (not needed for a pledge):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="212" />
        <source>价值（元，可不填）：</source>
        <translation>Value (CNY, optional):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="221" />
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="221" />
        <source>申请理由：</source>
        <translation>Reason for the request:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="225" />
        <source>申请信用额度</source>
        <translation>Request credit limit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="225" />
        <source>申请额度（元）：</source>
        <translation>Requested limit (CNY):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="231" />
        <source>申请延期还款</source>
        <translation>Request deferral</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="231" />
        <source>延至（先在欠款表中选中欠款）：</source>
        <translation>Defer to (select the debt first):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="243" />
        <source>审核意见：</source>
        <translation>Review opinion:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="249" />
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="250" />
        <source>批准条件：</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="250" />
        <source>驳回理由：</source>
        <translation>Reason for rejecting:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="261" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="263" />
        <source>人工调整</source>
        <translation>Override</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="261" />
        <source>信用等级：</source>
        <translation>Rating:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="262" />
        <source>（恢复按规则评定）</source>
        <translation>(back to the rule)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="263" />
        <source>理由：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="270" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="271" />
        <source>认定不良客户</source>
        <translation>Flag as bad customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="270" />
        <source>情形：</source>
        <translation>Criterion:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="271" />
        <source>事实和依据：</source>
        <translation>Facts and grounds:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="277" />
        <location filename="../../desktop_crm/ui/credit_window.py" line="278" />
        <source>处理措施</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="277" />
        <source>措施：</source>
        <translation>Measure:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="278" />
        <source>执行部门：</source>
        <translation>Department:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="283" />
        <source>清除出档案</source>
        <translation>Clear from the archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="283" />
        <source>原因分析（客户不会被删除，可恢复）：</source>
        <translation>Cause analysis (the customer is not deleted and can be restored):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="288" />
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/credit_window.py" line="288" />
        <source>恢复理由：</source>
        <translation>Reason to restore:</translation>
    </message>
</context>
<context>
    <name>CustomerTable</name>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="29" />
        <source>登记编号</source>
        <translation>Reg. number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="30" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="31" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="32" />
        <source>客户名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="33" />
        <source>等级</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="34" />
        <source>信用等级</source>
        <translation>Credit rating</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="35" />
        <source>重要性</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="36" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="37" />
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="38" />
        <source>行业</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="39" />
        <source>联系人</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="40" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/customer_table_model.py" line="41" />
        <source>最近更正</source>
        <translation>Last corrected</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="44" />
        <source>更正文件条目</source>
        <translation>Correct paper entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="44" />
        <source>归档文件</source>
        <translation>File a paper</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="52" />
        <source>自拟题名（目录中加 [ ]）</source>
        <translation>Title made up (shown in [ ])</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="56" />
        <source>添加扫描件时可自动读取</source>
        <translation>Read from the scans when added</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="57" />
        <source>原件（只可查阅，不外借）</source>
        <translation>Original (may be looked at, never lent)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="64" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="72" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="73" />
        <source>题名 *</source>
        <translation>Title *</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="75" />
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="76" />
        <source>责任者</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="77" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="78" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="80" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="81" />
        <source>有效期至</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="82" />
        <source>对应合同订单</source>
        <translation>Contract/order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="83" />
        <source>归档年度</source>
        <translation>Archive year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="84" />
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="90" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_dialog.py" line="91" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="16" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="16" />
        <source>种类</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="17" />
        <source>题名</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="17" />
        <source>文号</source>
        <translation>Doc. no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="18" />
        <source>责任者</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="18" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="19" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="19" />
        <source>原件/复印件</source>
        <translation>Original/copy</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="20" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="20" />
        <source>扫描件</source>
        <translation>Scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="21" />
        <source>对应订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="21" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="22" />
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/document_table_model.py" line="23" />
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/register_panel.py" line="84" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <location filename="../../desktop_crm/ui/field_inputs.py" line="54" />
        <source>18位，字母自动转为大写</source>
        <translation>18 characters; letters become capitals</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="25" />
        <source>首次启动：创建档案管理员账号</source>
        <translation>First start: create the custodian's account</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="28" />
        <source>这是一个新的档案库。请先为档案管理员（您本人）创建账号，以后每次启动都需要用它登录。密码只保存为不可逆的加密摘要。</source>
        <translation>This is a new archive. First create the custodian's (your) account; you will log in with it at every start. The password is stored only as an irreversible hash.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="31" />
        <source>英文字母开头，例如 wangfang</source>
        <translation>Starts with a letter, e.g. wangfang</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="32" />
        <source>例如 王芳</source>
        <translation>e.g. Wang Fang</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="35" />
        <source>至少8位，字母与数字混合</source>
        <translation>At least 8 characters, letters and digits</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="38" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="39" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="40" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="41" />
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="43" />
        <source>创建并进入</source>
        <translation>Create and start</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/first_start_dialog.py" line="44" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>GapListWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/gap_list_window.py" line="63" />
        <source>缺件清单</source>
        <translation>Missing papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/gap_list_window.py" line="79" />
        <source>共 %1 户客户的活页卷缺少或有过期文件。双击打开活页卷并定位到缺件类别。</source>
        <translation>%1 customers' binders lack papers or hold expired ones. Double-click to open the binder at the gap.</translation>
    </message>
</context>
<context>
    <name>GapTable</name>
    <message>
        <location filename="../../desktop_crm/ui/gap_list_window.py" line="16" />
        <source>登记编号</source>
        <translation>Reg. number</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/gap_list_window.py" line="16" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/gap_list_window.py" line="17" />
        <source>缺件数</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/gap_list_window.py" line="17" />
        <source>缺少或过期的文件</source>
        <translation>Missing or expired papers</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="46" />
        <source>发放客户资料 — %1</source>
        <translation>Hand out customer data — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="55" />
        <source>业务联系</source>
        <translation>Business contact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="59" />
        <source>Excel 文件 (.xlsx)</source>
        <translation>Excel file (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="60" />
        <source>打印单 (.pdf)</source>
        <translation>Printed sheet (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="62" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="62" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="67" />
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="68" />
        <source>同意发放的客户经理</source>
        <translation>Consenting customer manager</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="69" />
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="70" />
        <source>收回日期</source>
        <translation>Recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="71" />
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="73" />
        <source>生成并登记…</source>
        <translation>Produce and record…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="78" />
        <source>接收人将收到的内容：</source>
        <translation>The recipient will receive:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="104" />
        <source>保存发放文件</source>
        <translation>Save hand-out file</translation>
    </message>
</context>
<context>
    <name>HandoutRegister</name>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="119" />
        <source>发放登记</source>
        <translation>Hand-out register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="123" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="123" />
        <source>未收回</source>
        <translation>Not back</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="123" />
        <source>超过收回日期</source>
        <translation>Past recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="126" />
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="126" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="126" />
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="126" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="127" />
        <source>同意人</source>
        <translation>Consent by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="127" />
        <source>发放日期</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="127" />
        <source>收回日期</source>
        <translation>Recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="127" />
        <source>已收回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="128" />
        <source>发放内容</source>
        <translation>Fields handed out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="135" />
        <source>登记收回</source>
        <translation>Record return</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="152" />
        <source>无需收回</source>
        <translation>No recall</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/handout_windows.py" line="163" />
        <source>未能登记</source>
        <translation>Not recorded</translation>
    </message>
</context>
<context>
    <name>LendingDesk</name>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="84" />
        <source>借阅登记</source>
        <translation>Lending desk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="88" />
        <location filename="../../desktop_crm/ui/lending_desk.py" line="92" />
        <source>未还</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="88" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="88" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="91" />
        <source>单号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="91" />
        <source>借阅人</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="91" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="91" />
        <source>目的</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="92" />
        <source>借出</source>
        <translation>Lend</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="92" />
        <source>应还</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="92" />
        <source>件数</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="93" />
        <location filename="../../desktop_crm/ui/lending_desk.py" line="108" />
        <source>续借</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="93" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="103" />
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="107" />
        <source>新借阅单…</source>
        <translation>New slip…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="107" />
        <source>归还…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="108" />
        <source>打印借阅单</source>
        <translation>Print slip</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="109" />
        <source>催还单</source>
        <translation>Reminder notice</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="127" />
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="128" />
        <source>已还</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="128" />
        <source>借出中</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="131" />
        <source>共 %1 张，其中逾期 %2 张</source>
        <translation>%1 slips, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="142" />
        <source>未能办理</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="188" />
        <source>已续借</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="188" />
        <source>%1 应还日期延至 %2。</source>
        <translation>%1 is now due on %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="196" />
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="196" />
        <source>打印在：</source>
        <translation>Print on:</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="212" />
        <source>催还单 — %1</source>
        <translation>Reminder — %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="24" />
        <source>登录 — 客户档案管理台</source>
        <translation>Log in — Archive Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="28" />
        <source>客户档案管理台</source>
        <translation>Archive Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="30" />
        <source>档案库：%1</source>
        <translation>Archive: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="36" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="37" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="39" />
        <location filename="../../desktop_crm/ui/login_dialog.py" line="76" />
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="40" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/login_dialog.py" line="73" />
        <source>请稍候 %1 秒</source>
        <translation>Wait %1 s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="58" />
        <source>客户档案管理台 — %1</source>
        <translation>Archive Desk — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="65" />
        <source>搜索：名称中任意字词、拼音首字母（如 hzxh）、登记编号、信用代码、电话</source>
        <translation>Search: any part of the name, pinyin initials (e.g. hzxh), number, credit code, phone</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="71" />
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="79" />
        <source>%1：全部</source>
        <translation>%1: all</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="84" />
        <source>含已清除</source>
        <translation>Include cleared</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="124" />
        <source>当前用户：%1 · 档案库：%2</source>
        <translation>User: %1 · Archive: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="137" />
        <source>新建企业客户</source>
        <translation>New enterprise customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="140" />
        <source>新建个人客户</source>
        <translation>New individual customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="143" />
        <source>打开档案卡</source>
        <translation>Open card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="147" />
        <source>打开活页卷</source>
        <translation>Open binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="150" />
        <source>缺件清单…</source>
        <translation>Missing papers…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="152" />
        <source>借阅登记…</source>
        <translation>Lending desk…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="155" />
        <source>发放客户资料…</source>
        <translation>Hand out customer data…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="157" />
        <source>发放登记…</source>
        <translation>Hand-out register…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="160" />
        <source>查询登记簿…</source>
        <translation>Query register…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="162" />
        <source>信用…</source>
        <translation>Credit…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="165" />
        <source>账龄分析与不良客户…</source>
        <translation>Ageing and bad customers…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="168" />
        <source>年度立卷…</source>
        <translation>Year-end binding…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="170" />
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="173" />
        <source>用户管理…</source>
        <translation>Users…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="175" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="177" />
        <location filename="../../desktop_crm/ui/main_window.py" line="179" />
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="179" />
        <source>客户档案管理台 Archive Desk %1</source>
        <translation>Archive Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="181" />
        <source>档案(&amp;A)</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="189" />
        <source>信用(&amp;C)</source>
        <translation>&amp;Credit</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="192" />
        <source>利用(&amp;U)</source>
        <translation>&amp;Use</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="195" />
        <source>管理(&amp;M)</source>
        <translation>&amp;Manage</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="196" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="197" />
        <source>常用</source>
        <translation>Common</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="228" />
        <source>发放客户资料</source>
        <translation>Hand out customer data</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="228" />
        <source>请先在列表中选择客户。</source>
        <translation>Select a customer in the list first.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="277" />
        <source>%1 张借阅单逾期未还（%2）</source>
        <translation>%1 borrow slips overdue (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="282" />
        <source>%1 份发放资料超过收回日期</source>
        <translation>%1 hand-out copies are past their recall date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="290" />
        <source>逾期提醒</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="290" />
        <source>现在打开借阅登记吗？</source>
        <translation>Open the lending desk now?</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="356" />
        <source>共 %1 户</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="363" />
        <source>恢复草稿</source>
        <translation>Restore draft</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/main_window.py" line="364" />
        <source>发现 %1 保存的未完成档案卡“%2”。要继续编辑吗？
选择“否”将删除这份草稿。</source>
        <translation>An unfinished card "%2" was saved at %1. Continue editing it?
Choosing No deletes the draft.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/pdf_preview_dialog.py" line="31" />
        <source>共 %1 页</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf_preview_dialog.py" line="32" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf_preview_dialog.py" line="34" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf_preview_dialog.py" line="36" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf_preview_dialog.py" line="49" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf_preview_dialog.py" line="55" />
        <source>未能保存</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/pdf_preview_dialog.py" line="55" />
        <source>无法写入 %1：%2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>QueryLog</name>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="4" />
        <source>检索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="5" />
        <source>查阅档案卡</source>
        <translation>Opened card</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="6" />
        <source>查阅活页卷</source>
        <translation>Opened binder</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="7" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/query_register.py" line="8" />
        <source>导出/发放</source>
        <translation>Export/hand-out</translation>
    </message>
</context>
<context>
    <name>QueryLogWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="29" />
        <location filename="../../desktop_crm/ui/query_log_window.py" line="68" />
        <source>查询登记簿</source>
        <translation>Query register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="35" />
        <source>查询</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="37" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="39" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="39" />
        <source>查询人</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="39" />
        <source>事项</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="39" />
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="40" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="50" />
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/query_log_window.py" line="50" />
        <source>至</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="14" />
        <source>执行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="14" />
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="15" />
        <source>已终止</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="16" />
        <source>出货</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="16" />
        <source>进货</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="17" />
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="17" />
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="18" />
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="40" />
        <source>合同订单登记表</source>
        <translation>Contracts and orders register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="41" />
        <source>合同/订单号</source>
        <translation>Contract/order no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="42" />
        <source>签订日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="43" />
        <source>标的/产品</source>
        <translation>Subject/product</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="44" />
        <location filename="../../desktop_crm/domain/register_values.py" line="53" />
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="45" />
        <location filename="../../desktop_crm/domain/register_values.py" line="54" />
        <location filename="../../desktop_crm/domain/register_values.py" line="61" />
        <source>金额（元）</source>
        <translation>Amount (CNY)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="46" />
        <source>期限</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="47" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="49" />
        <source>产品进出货情况登记表</source>
        <translation>Goods in/out register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="50" />
        <location filename="../../desktop_crm/domain/register_values.py" line="58" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="51" />
        <source>进/出</source>
        <translation>In/out</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="52" />
        <source>产品</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="55" />
        <location filename="../../desktop_crm/domain/register_values.py" line="59" />
        <source>对应订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="57" />
        <source>退赔折价情况登记表</source>
        <translation>Returns and discounts register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="60" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/domain/register_values.py" line="62" />
        <source>审批状态</source>
        <translation>Approval</translation>
    </message>
</context>
<context>
    <name>RegisterPanel</name>
    <message>
        <location filename="../../desktop_crm/ui/register_panel.py" line="135" />
        <source>登记</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/register_panel.py" line="135" />
        <source>更正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/register_panel.py" line="136" />
        <source>撤销</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/register_panel.py" line="166" />
        <source>撤销登记条目</source>
        <translation>Withdraw entry</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/register_panel.py" line="166" />
        <source>撤销原因（将记入更正记录）：</source>
        <translation>Reason (goes into the correction record):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/register_panel.py" line="172" />
        <source>未能撤销</source>
        <translation>Not withdrawn</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="41" />
        <source>归还 — %1</source>
        <translation>Return — %1</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="52" />
        <source>完好</source>
        <translation>Intact</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="55" />
        <source>归还日期</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="56" />
        <source>状况</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="58" />
        <source>收回</source>
        <translation>Take back</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/lending_desk.py" line="62" />
        <source>借阅人：%1　应还：%2</source>
        <translation>Borrower: %1  Due: %2</translation>
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
    <name>ScanViewerDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/scan_viewer.py" line="44" />
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/scan_viewer.py" line="46" />
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/scan_viewer.py" line="112" />
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>UserAdminDialog</name>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="29" />
        <source>用户管理</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="32" />
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="55" />
        <source>登录名</source>
        <translation>Login name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="32" />
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="56" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="32" />
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="57" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="32" />
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="58" />
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="33" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="39" />
        <source>例如 zhangli</source>
        <translation>e.g. zhangli</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="40" />
        <source>例如 张丽</source>
        <translation>e.g. Zhang Li</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="45" />
        <source>例如 业务部</source>
        <translation>e.g. Sales dept.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="47" />
        <source>初始密码，至少8位</source>
        <translation>Initial password, at least 8 characters</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="49" />
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="53" />
        <source>添加用户</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="51" />
        <source>停用/启用所选用户…</source>
        <translation>Disable/enable selected user…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="59" />
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="79" />
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="79" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="88" />
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="88" />
        <source>原因（将记入更正记录）：</source>
        <translation>Reason (goes into the correction record):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/user_admin_dialog.py" line="112" />
        <source>已添加用户 %1。</source>
        <translation>Added user %1.</translation>
    </message>
</context>
<context>
    <name>YearEndWindow</name>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="67" />
        <source>年度立卷</source>
        <translation>Year-end binding</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="77" />
        <source>全宗号-目录号-案卷号</source>
        <translation>Fonds-catalogue-volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="78" />
        <source>DA/T 13-2022：全宗号-类别号·年度-案卷号</source>
        <translation>DA/T 13-2022: fonds-class·year-volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="81" />
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="83" />
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="86" />
        <source>接受尚存问题的书面说明（印在备考表上）</source>
        <translation>Written acceptance of remaining problems (printed on the remarks sheet)</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="88" />
        <source>开始立卷</source>
        <translation>Bind</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="90" />
        <source>取消立卷</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="94" />
        <source>档号</source>
        <translation>Archive code</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="94" />
        <source>案卷题名</source>
        <translation>Volume title</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="94" />
        <source>起止年月</source>
        <translation>From–to</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="94" />
        <source>件数</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="95" />
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="95" />
        <source>保管期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="107" />
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="108" />
        <source>全宗号</source>
        <translation>Fonds no.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="109" />
        <source>全宗名称</source>
        <translation>Fonds name</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="110" />
        <source>档号格式</source>
        <translation>Code format</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="111" />
        <source>每卷页数上限</source>
        <translation>Page limit per volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="113" />
        <source>接受说明</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="114" />
        <source>检查人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="120" />
        <source>预览案卷</source>
        <translation>Preview volume</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="121" />
        <source>含扫描件预览</source>
        <translation>Preview with scans</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="122" />
        <location filename="../../desktop_crm/ui/year_end_window.py" line="239" />
        <location filename="../../desktop_crm/ui/year_end_window.py" line="241" />
        <source>案卷目录</source>
        <translation>Volume register</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="122" />
        <location filename="../../desktop_crm/ui/year_end_window.py" line="246" />
        <source>脊背标签</source>
        <translation>Spine labels</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="123" />
        <source>登记更正…</source>
        <translation>Record correction…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="150" />
        <source>设置未保存</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="152" />
        <source>设置已保存。</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="156" />
        <source>%1年度：应立卷 %2 卷，已立 %3 卷。</source>
        <translation>Year %1: %2 volumes to bind, %3 already bound.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="160" />
        <source>缺件或过期</source>
        <translation>Missing or expired</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="160" />
        <source>未登记页数</source>
        <translation>Without page count</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="161" />
        <source>借出未还</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="165" />
        <source>  … 另有 %1 项</source>
        <translation>  … %1 more</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="185" />
        <source>正在立卷…</source>
        <translation>Binding…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="191" />
        <source>正在取消：当前这一卷完成后停止…</source>
        <translation>Cancelling after the current volume…</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="198" />
        <source>已取消：本次立卷 %1 卷，其余可再次立卷继续。</source>
        <translation>Cancelled: %1 volumes bound; bind again to finish the rest.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="198" />
        <source>立卷完成：本次立卷 %1 卷。</source>
        <translation>Done: %1 volumes bound.</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="244" />
        <source>脊背宽度</source>
        <translation>Spine width</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="244" />
        <source>脊背宽度（毫米）：</source>
        <translation>Spine width (mm):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="253" />
        <source>登记更正</source>
        <translation>Record correction</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="253" />
        <source>更正内容（将印在卷内备考表上）：</source>
        <translation>Correction (printed on the remarks sheet):</translation>
    </message>
    <message>
        <location filename="../../desktop_crm/ui/year_end_window.py" line="259" />
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
</context>
</TS>